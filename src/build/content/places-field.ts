import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import { describeNode, eachField, textField, type FieldIssues } from './yaml-fields.ts';

/** A place as listed in a chapter's front matter. */
export interface PlaceRef {
  code: string;
  /** The name as the chapter's text writes it (Traditional), when given. */
  name?: string;
  /** File line of the list item. */
  line: number;
}

const PLACE_KEYS = ['code', 'name'] as const;

/** Division codes: 6 (district/city), 9 (township) or 12 (village/community) digits. */
export const CODE_PATTERN = /^(\d{6}|\d{9}|\d{12})$/;

function normalizeCode(c: FieldIssues, node: unknown): string | undefined {
  if (isScalar(node) && typeof node.value === 'number') {
    c.add(
      node,
      `place code ${node.source ?? String(node.value)} is a number`,
      `quote it: '${node.source ?? String(node.value)}'`,
    );
    return undefined;
  }
  if (!isScalar(node) || typeof node.value !== 'string') {
    c.add(
      node,
      `place code must be a quoted string of digits, found ${describeNode(node)}`,
      "write e.g. '130110202'",
    );
    return undefined;
  }
  const code = node.value.trim();
  if (!CODE_PATTERN.test(code)) {
    const digits = /^\d+$/.test(code) ? `has ${code.length} digits` : 'is not all digits';
    c.add(
      node,
      `place code '${code}' ${digits}`,
      'codes have 6 (district or city), 9 (township) or 12 (village or community) digits',
    );
    return undefined;
  }
  return code;
}

/** A chapter's `places:` list: quoted codes or `{ code, name }` items, each code once. */
export function normalizePlaces(c: FieldIssues, node: YamlNode | null, pair: Pair): PlaceRef[] {
  if (!isSeq(node)) {
    const example = isScalar(node) && node.value !== null ? `'${String(node.value)}'` : "'130110'";
    c.add(
      node ?? pair.key,
      `places must be a list, found ${describeNode(node)}`,
      `write places: [${example}] or one '- ' item per line`,
    );
    return [];
  }
  if (node.items.length === 0) {
    c.add(node, 'places is empty', "list at least one place code, e.g. places: ['130110']");
    return [];
  }
  const refs: PlaceRef[] = [];
  const seen = new Set<string>();
  for (const item of node.items) {
    let ref: PlaceRef | undefined;
    if (isMap(item)) {
      let code: string | undefined;
      let name: string | undefined;
      eachField(c, item, PLACE_KEYS, 'place', (key, value, itemPair) => {
        if (key === 'code') code = normalizeCode(c, value);
        else name = textField(c, value, itemPair, 'name');
      });
      if (!item.has('code'))
        c.add(item, 'place has a name but no code', "write { code: '…', name: … }");
      if (code !== undefined)
        ref = { code, line: c.line(item), ...(name !== undefined ? { name } : {}) };
    } else {
      const code = normalizeCode(c, item);
      if (code !== undefined) ref = { code, line: c.line(item) };
    }
    if (!ref) continue;
    if (seen.has(ref.code)) {
      c.add(item, `place '${ref.code}' is listed twice`, 'list each code once per chapter');
      continue;
    }
    seen.add(ref.code);
    refs.push(ref);
  }
  return refs;
}
