/**
 * The field checks of a fact entry (src/build/content/facts.ts): kind, where the quote
 * is, value, unit and place. Each pushes a teaching problem and returns `undefined` when
 * the field is unusable.
 */
import { isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { nearestCode } from '../story/place-refs.ts';
import type { Division as DivisionInfo } from '../../shared/geo-schema.ts';
import { CODE_PATTERN } from './places-field.ts';
import { describeNode as describe } from './yaml-fields.ts';
import { toHans } from './script.ts';
import { closest, listAllowed } from './suggest.ts';
import { FACT_KINDS, FACT_UNITS } from '../../shared/facts.ts';
import type { ContentIssue } from './issues.ts';
import type { Bilingual } from '../../shared/model.ts';
import type { Fact, FactKind, FactSpan, FactUnit } from '../../shared/facts.ts';
import { findNumbers } from './chinese-numerals.ts';

/** A problem with a field: the YAML node it is about, what is wrong, what to do. */
export interface Problem {
  node: unknown;
  message: string;
  hint: string;
}

export function normalizeKind(
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
export function locate(
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

export function normalizeValue(
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

export function normalizeUnit(
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

export function normalizePlace(
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

/** Reports facts whose quoted words overlap: the page cannot wrap both. */
export function overlaps(facts: readonly Fact[], file: string): ContentIssue[] {
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

/** The quote in both scripts; Simplified sliced from the converted paragraph so context counts. */
export function bilingualQuote(
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
  return { hant: quote, hans: toHans(quote) };
}
