/**
 * Validates and normalises a chapter's `facts:` front matter (content/README.md, "Facts"):
 * each entry quotes the chapter's own words and types them. Pure: the caller passes the
 * YAML node, the chapter's paragraphs and the gazetteer; every problem becomes an issue
 * `file:line: what — what to do`, and only sound facts are returned.
 *
 * Longer than most modules because each field's check and its teaching message sit
 * together; dates and numerals live in their own modules.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { ContentIssue } from '../../content/issues.ts';
import { nearestCode } from '../../content/join.ts';
import type { DivisionInfo } from '../../content/join.ts';
import { CODE_PATTERN, describe } from '../../content/normalize.ts';
import { toHans } from '../../content/script.ts';
import { closest, listAllowed } from '../../content/suggest.ts';
import type { Bilingual } from '../../story/model.ts';
import { FACT_KINDS, FACT_UNITS } from '../../shared/facts.ts';
import type { Fact, FactKind, FactSpan, FactUnit } from '../../shared/facts.ts';
import { findNumbers } from './chinese-numerals.ts';
import { checkDateWords, parseIsoDate } from './fact-dates.ts';

/** Keys a fact entry may have, in documentation order. */
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

type Problem = { node: unknown; message: string; hint: string };

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

/** Reports facts whose quoted words overlap: the page cannot wrap both. */
function overlaps(facts: readonly Fact[], file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  facts.forEach((b, j) => {
    const a = facts
      .slice(0, j)
      .find(
        (f) =>
          f.span.paragraph === b.span.paragraph &&
          f.span.start < b.span.end &&
          b.span.start < f.span.end,
      );
    if (!a) return;
    issues.push({
      file,
      line: b.source.line,
      message: `quote '${b.text.hant}' overlaps the quote '${a.text.hant}' of line ${a.source.line}`,
      hint: 'quote words that no other fact quotes: shorten one of the two quotes',
    });
  });
  return issues;
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

/** The quote in both scripts; Simplified sliced from the converted paragraph so context counts. */
function bilingualQuote(
  quote: string,
  span: FactSpan | undefined,
  paragraphs: readonly string[],
): Bilingual {
  const paragraph = span ? paragraphs[span.paragraph] : undefined;
  if (span && paragraph !== undefined) {
    const hans = toHans(paragraph);
    if (hans.length === paragraph.length)
      return { hant: quote, hans: hans.slice(span.start, span.end) };
  }
  return bilingual(quote);
}

function normalizeKind(
  node: YamlNode | null | undefined,
  problems: Problem[],
): FactKind | undefined {
  if (node === undefined) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  const kind = FACT_KINDS.find((k) => k === value);
  if (kind) return kind;
  const seen = typeof value === 'string' ? `'${value}'` : describe(node);
  const near = typeof value === 'string' ? closest(value, FACT_KINDS) : undefined;
  problems.push({
    node,
    message: `unknown fact kind ${seen}`,
    hint: `${near ? `did you mean '${near}'? ` : ''}kinds: ${listAllowed(FACT_KINDS)}`,
  });
  return undefined;
}

/** Finds the quote in the paragraphs: exactly once, or the `occurrence`-th time. */
function locate(
  quote: string,
  occurrenceNode: YamlNode | null | undefined,
  quoteNode: YamlNode | null,
  paragraphs: readonly string[],
  problems: Problem[],
): FactSpan | undefined {
  const found: FactSpan[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      found.push({ paragraph, start: at, end: at + quote.length });
    }
  });
  if (found.length === 0) {
    const hans = toHans(quote);
    const scriptOnly = paragraphs.some((p) => toHans(p).includes(hans));
    problems.push({
      node: quoteNode,
      message: `quote '${quote}' is not in this chapter's text`,
      hint: scriptOnly
        ? "the words differ in script only: copy the Traditional words from this chapter's body"
        : "copy the words exactly from this chapter's body (same characters and punctuation, within one paragraph)",
    });
    return undefined;
  }
  if (occurrenceNode === undefined) {
    if (found.length === 1) return found[0];
    problems.push({
      node: quoteNode,
      message: `quote '${quote}' occurs ${found.length} times in this chapter's text`,
      hint: `add occurrence: 1 to ${found.length} (in reading order) to say which, or quote more words`,
    });
    return undefined;
  }
  const n = isScalar(occurrenceNode) ? occurrenceNode.value : undefined;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > found.length) {
    problems.push({
      node: occurrenceNode,
      message: `occurrence ${typeof n === 'number' ? n : describe(occurrenceNode)} is not one of the ${found.length} time${found.length === 1 ? '' : 's'} '${quote}' occurs`,
      hint: `write a whole number from 1 to ${found.length}${found.length === 1 ? ', or leave occurrence out' : ''}`,
    });
    return undefined;
  }
  return found[n - 1];
}

function normalizeValue(
  node: YamlNode | null | undefined,
  quote: string,
  problems: Problem[],
): number | undefined {
  if (node === undefined) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    problems.push({
      node,
      message: `value must be a number, found ${describe(node)}`,
      hint: 'write the number in Arabic digits, without quotes or units: 一萬元 → value: 10000',
    });
    return undefined;
  }
  const written = findNumbers(quote);
  if (written.length === 0) {
    problems.push({
      node,
      message: `the quoted words '${quote}' contain no number`,
      hint: 'quote the words that say the number too (e.g. 消毒液30瓶)',
    });
    return undefined;
  }
  if (!written.some((n) => n.value === value)) {
    const said = written.map((n) => `${n.written} = ${n.value}`).join(', ');
    const first = written[0]?.value ?? 0;
    problems.push({
      node,
      message: `value ${value} does not match the quoted words '${quote}' (${said})`,
      hint: `write value: ${first}, or quote the words that say ${value}`,
    });
    return undefined;
  }
  return value;
}

function normalizeUnit(
  node: YamlNode | null | undefined,
  quote: string,
  kind: FactKind,
  problems: Problem[],
): FactUnit | undefined {
  if (node === undefined) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  const unit = FACT_UNITS.find((u) => u === value);
  if (!unit) {
    const seen =
      typeof value === 'string' || typeof value === 'number' ? `'${value}'` : describe(node);
    // Edit distance suggests nonsense for one-character units (圓 → 人); a known unit
    // inside the value (大桶 → 桶, 個村莊 → 個村) is the likely intent.
    const near =
      typeof value === 'string'
        ? [...FACT_UNITS].sort((a, b) => b.length - a.length).find((u) => value.includes(u))
        : undefined;
    problems.push({
      node,
      message: `unknown unit ${seen}`,
      hint: `${near ? `did you mean '${near}'? ` : ''}units: ${FACT_UNITS.join(' ')} (add a new one to FACT_UNITS in src/shared/facts.ts)`,
    });
    return undefined;
  }
  if (kind === 'money' && unit !== '元') {
    problems.push({
      node,
      message: `money is counted in 元, found unit '${unit}'`,
      hint: 'write unit: 元, or kind: count/goods',
    });
    return undefined;
  }
  if (!quote.includes(unit)) {
    problems.push({
      node,
      message: `unit '${unit}' is not in the quoted words '${quote}'`,
      hint: 'use the measure word the text writes with the number, or quote it too',
    });
    return undefined;
  }
  return unit;
}

function normalizePlace(
  node: YamlNode | null,
  divisions: readonly DivisionInfo[],
  problems: Problem[],
): string | undefined {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== 'string' || !CODE_PATTERN.test(value)) {
    const isNumber = isScalar(node) && typeof value === 'number';
    const source = isScalar(node) ? (node.source ?? String(value)) : '';
    problems.push({
      node,
      message: isNumber
        ? `place code ${source} is a number`
        : `place must be a quoted division code, found ${describe(node)}`,
      hint: isNumber
        ? `quote it: '${source}'`
        : "write a code of 6, 9 or 12 digits in quotes, e.g. place: '130110202'",
    });
    return undefined;
  }
  if (divisions.some((d) => d.code === value)) return value;
  const near = nearestCode(value, undefined, divisions);
  problems.push({
    node,
    message: `unknown place code '${value}'`,
    hint: near
      ? `did you mean '${near.code}' (${near.short_hant})?`
      : 'look the code up in the gazetteer (geo/divisions.json)',
  });
  return undefined;
}
