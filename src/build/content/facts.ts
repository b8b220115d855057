/**
 * Validates and normalises a chapter's `facts:` front matter (content/README.md, "Facts"):
 * each entry quotes the chapter's own words and types them. Pure: the caller passes the
 * YAML node, the chapter's paragraphs and the gazetteer; every problem becomes an issue
 * `file:line: what — what to do`, and only sound facts are returned.
 *
 * Field checks are in fact-fields.ts, dates in fact-dates.ts, numerals in chinese-numerals.ts.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { ContentIssue } from './issues.ts';
import type { Division as DivisionInfo } from '../../shared/geo-schema.ts';
import { describeNode as describe } from './yaml-fields.ts';
import { toHans } from './script.ts';
import { closest, listAllowed } from './suggest.ts';
import type { Bilingual } from '../../shared/model.ts';
import type { Fact } from '../../shared/facts.ts';
import { checkDateWords, parseIsoDate } from './fact-dates.ts';
import type { Problem } from './fact-fields.ts';
import {
  bilingualQuote,
  locate,
  normalizeKind,
  normalizePlace,
  normalizeUnit,
  normalizeValue,
  overlaps,
} from './fact-fields.ts';

/** Keys a fact entry may have, in documentation order. @internal */
export const FACT_KEYS = [
  'text',
  'occurrence',
  'kind',
  'value',
  'unit',
  'date',
  'lunar',
  'what',
  'giver',
  'receiver',
  'place',
] as const;

/** What {@link normalizeFacts} needs. */
export interface FactsInput {
  /** Repo-relative path of the chapter file. */
  file: string;
  /** The YAML value of `facts:` (a `yaml` node), or `null` when empty. */
  node: unknown;
  /** File line of a character offset in the front matter (YamlBlock.lineAt). */
  lineAt: (offset: number) => number;
  /** File line of the `facts:` key, for nodes without a position. */
  line: number;
  /** The chapter's paragraphs, verbatim Traditional, in order (figures left out). */
  paragraphs: readonly string[];
  /** Every division the story may name (geo/divisions.json). */
  divisions: readonly DivisionInfo[];
}

/** Validates a chapter's facts. Returns the sound ones and an issue per problem. */
export function normalizeFacts(input: FactsInput): { facts: Fact[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: unknown } | null)?.range;
    return Array.isArray(range) && typeof range[0] === 'number'
      ? input.lineAt(range[0])
      : input.line;
  };
  const report = (p: Problem): void => {
    issues.push({ file: input.file, line: lineOf(p.node), message: p.message, hint: p.hint });
  };
  if (!isSeq(input.node)) {
    report({
      node: input.node,
      message: `facts must be a list, found ${describe(input.node)}`,
      hint: "write facts: then one '- text: …' entry per fact (see content/README.md)",
    });
    return { facts: [], issues };
  }
  const facts: Fact[] = [];
  for (const item of input.node.items) {
    const problems: Problem[] = [];
    const fact = normalizeFact(item, input, lineOf(item), problems);
    problems.forEach(report);
    if (fact && problems.length === 0) facts.push(fact);
  }
  issues.push(...overlaps(facts, input.file));
  return { facts, issues };
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function textValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== ''
    ? node.value
    : undefined;
}

function normalizeFact(
  item: unknown,
  input: FactsInput,
  line: number,
  problems: Problem[],
): Fact | undefined {
  if (!isMap(item)) {
    problems.push({
      node: item,
      message: `a fact must be a mapping, found ${describe(item)}`,
      hint: "start each fact with '- text: <the exact words>' and indent its other fields",
    });
    return undefined;
  }
  const fields = new Map<string, { value: YamlNode | null; pair: Pair }>();
  for (const pair of item.items) {
    const key = keyName(pair);
    if (!(FACT_KEYS as readonly string[]).includes(key)) {
      const near = closest(key, FACT_KEYS);
      problems.push({
        node: pair.key,
        message: `unknown fact key '${key}'`,
        hint: `${near ? `did you mean '${near}'? ` : ''}allowed keys: ${listAllowed(FACT_KEYS)}`,
      });
      continue;
    }
    fields.set(key, { value: (pair.value as YamlNode | null) ?? null, pair });
  }
  const need = (key: string): YamlNode | null | undefined => {
    const field = fields.get(key);
    if (!field) {
      problems.push({
        node: item,
        message: `fact has no ${key}`,
        hint: `add '${key}: …' (see content/README.md, "Facts")`,
      });
      return undefined;
    }
    return field.value;
  };
  const textOf = (key: string, required: boolean): string | undefined => {
    const field = fields.get(key);
    if (!field) {
      if (required) need(key);
      return undefined;
    }
    const value = textValue(field.value);
    if (value === undefined) {
      problems.push({
        node: field.value ?? field.pair.key,
        message: `${key} must be non-empty text, found ${describe(field.value)}`,
        hint: `write ${key}: <text>, in single quotes if it starts with a quote or contains ': '`,
      });
    }
    return value;
  };

  const quote = textOf('text', true);
  const kind = normalizeKind(need('kind'), problems);
  const what = textOf('what', true);
  const span =
    quote === undefined
      ? undefined
      : locate(
          quote,
          fields.get('occurrence')?.value,
          fields.get('text')?.value ?? null,
          input.paragraphs,
          problems,
        );
  const chapterText = input.paragraphs.join('\n');
  const person = (key: 'giver' | 'receiver'): string | undefined => {
    const value = textOf(key, false);
    if (value !== undefined && !chapterText.includes(value)) {
      problems.push({
        node: fields.get(key)?.value,
        message: `${key} '${value}' does not appear in the chapter text`,
        hint: `write the ${key} exactly as this chapter's text names them, or leave ${key} out`,
      });
    }
    return value;
  };
  const giver = person('giver');
  const receiver = person('receiver');
  const place = fields.has('place')
    ? normalizePlace(fields.get('place')?.value ?? null, input.divisions, problems)
    : undefined;
  if (kind === undefined || quote === undefined || what === undefined) return undefined;

  const common = {
    text: bilingualQuote(quote, span, input.paragraphs),
    span: span ?? { paragraph: 0, start: 0, end: 0 },
    what: bilingual(what),
    ...(giver !== undefined ? { giver: bilingual(giver) } : {}),
    ...(receiver !== undefined ? { receiver: bilingual(receiver) } : {}),
    ...(place !== undefined ? { place } : {}),
    source: { file: input.file, line },
  };
  const misplaced = (keys: readonly string[], why: string): void => {
    for (const key of keys) {
      const field = fields.get(key);
      if (field)
        problems.push({
          node: field.pair.key,
          message: `${key} is not used on a ${kind} fact`,
          hint: why,
        });
    }
  };
  if (kind === 'date') {
    misplaced(
      ['value', 'unit'],
      'a date fact has date: (and lunar: where the text uses a lunar name)',
    );
    const dateNode = need('date');
    if (dateNode === undefined) return undefined;
    const raw = isScalar(dateNode) ? String(dateNode.value) : describe(dateNode);
    const parsed = parseIsoDate(raw);
    if ('problem' in parsed) {
      problems.push({ node: dateNode, message: parsed.problem, hint: parsed.hint });
      return undefined;
    }
    const lunar = textOf('lunar', false);
    const wrong = checkDateWords(quote, parsed, lunar);
    if (wrong) {
      const node = wrong.problem.startsWith('lunar') ? fields.get('lunar')?.value : dateNode;
      problems.push({ node, ...wrong, message: wrong.problem });
      return undefined;
    }
    return {
      ...common,
      kind,
      date: parsed.iso,
      ...(lunar !== undefined ? { lunar: bilingual(lunar) } : {}),
    };
  }
  misplaced(['date', 'lunar'], `a ${kind} fact has value: and unit:`);
  const optional = kind === 'goods' && !fields.has('value') && !fields.has('unit');
  if (optional) return { ...common, kind };
  const value = normalizeValue(need('value'), quote, problems);
  const unit = normalizeUnit(need('unit'), quote, kind, problems);
  if (value === undefined || unit === undefined) return undefined;
  return { ...common, kind, value, unit };
}

function bilingual(hant: string): Bilingual {
  return { hant, hans: toHans(hant) };
}
