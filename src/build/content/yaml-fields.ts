/**
 * Reading fields out of a YAML block (front matter, a figure fence) with every problem
 * collected as an issue at its file line. Shared by the story, chapter and figure readers.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { YamlBlock } from './front-matter.ts';
import type { ContentIssue } from './issues.ts';
import { markupIn } from './markup.ts';
import { closest, listAllowed } from './suggest.ts';

/** Collects issues for one YAML block, each at the file line of the node at fault. */
export class FieldIssues {
  readonly issues: ContentIssue[] = [];
  /** Known keys offered as suggestions for unknown ones (not reported again as missing). */
  readonly suggested = new Set<string>();
  constructor(
    readonly file: string,
    readonly block: YamlBlock,
  ) {}

  /** File line of a YAML node; the block's first line when the node has no position. */
  line(node: unknown): number {
    if (node && typeof node === 'object' && 'range' in node) {
      const range = (node as { range?: unknown }).range;
      if (Array.isArray(range) && typeof range[0] === 'number') return this.block.lineAt(range[0]);
    }
    return this.block.firstLine;
  }

  add(node: unknown, message: string, hint?: string): void {
    this.issues.push({
      file: this.file,
      line: this.line(node),
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

/** Describes a YAML node for a message: its source text for scalars, its kind otherwise. */
export function describeNode(node: unknown): string {
  if (isScalar(node)) {
    if (node.value === null) return 'an empty value';
    if (node.value === '') return 'an empty text';
    if (typeof node.value === 'string') return `the text '${node.value}'`;
    return `${typeof node.value} ${node.source ?? String(node.value)}`;
  }
  if (isSeq(node))
    return `a list of ${node.items.length} item${node.items.length === 1 ? '' : 's'}`;
  if (isMap(node)) return 'a mapping';
  return 'nothing';
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Calls `visit` for each known key of `map`; reports unknown keys with the closest known one. */
export function eachField(
  c: FieldIssues,
  map: unknown,
  known: readonly string[],
  what: string,
  visit: (key: string, value: YamlNode | null, pair: Pair) => void,
): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = keyName(pair);
    if (!known.includes(key)) {
      const near = closest(key, known);
      if (near) c.suggested.add(near);
      c.add(
        pair.key,
        `unknown ${what} key '${key}'`,
        `${near ? `did you mean '${near}'? ` : ''}allowed keys: ${listAllowed(known)}`,
      );
      continue;
    }
    visit(key, (pair.value as YamlNode | null) ?? null, pair);
  }
}

/** The node's text when it is non-empty text, else `undefined`. */
export function nonEmptyText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== ''
    ? node.value
    : undefined;
}

/**
 * Whether a text field is plain text, as every field is shown: raw HTML, a script URL or a
 * Markdown link is an issue at its line (the same markup the body may not carry).
 */
export function isPlainText(c: FieldIssues, node: unknown, field: string, text: string): boolean {
  const found = markupIn(text);
  if (found.length === 0) return true;
  c.add(
    node,
    `${field} may not contain ${found.join(' or ')}`,
    'it is shown as plain text: remove the markup',
  );
  return false;
}

/** A required non-empty plain-text field; an issue naming what was found otherwise. */
export function textField(
  c: FieldIssues,
  node: YamlNode | null,
  pair: Pair,
  field: string,
): string | undefined {
  const value = nonEmptyText(node);
  if (value === undefined) {
    c.add(
      node ?? pair.key,
      `${field} must be non-empty text, found ${describeNode(node)}`,
      `write ${field}: <text>, quoted if it ends in ':'`,
    );
  }
  return value !== undefined && isPlainText(c, node, field, value) ? value : undefined;
}

/** Front matter must be a mapping; an issue (and false) otherwise. */
export function requireMapping(c: FieldIssues): boolean {
  const contents = c.block.doc.contents;
  if (isMap(contents)) return true;
  c.add(
    contents,
    `front matter must be a mapping of 'key: value' lines, found ${describeNode(contents)}`,
    "write one 'key: value' per line between the '---' lines",
  );
  return false;
}
