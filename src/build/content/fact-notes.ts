/** A fact's normalised value as readers see it: 一萬元 → 10,000 元, 正月初十 → 2020年2月3日. */
import { toHans } from './script.ts';
import type { Script } from '../../shared/model.ts';
import type { Fact } from '../../shared/facts.ts';
import { dateNote, parseIsoDate } from './fact-dates.ts';

/** Digits grouped by thousands with ASCII commas, as Chinese news pages print them (27,200). */
export function groupDigits(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * The fact's value in `script`: number and unit (10,000 元, 1 个), or the Gregorian date
 * (2020年2月3日). `undefined` for goods the text lists without a quantity.
 */
export function factNote(fact: Fact, script: Script): string | undefined {
  if (fact.kind === 'date') {
    const date = parseIsoDate(fact.date);
    return 'problem' in date ? fact.date : dateNote(date);
  }
  if (fact.value === undefined || fact.unit === undefined) return undefined;
  const unit = script === 'hans' ? toHans(fact.unit) : fact.unit;
  return `${groupDigits(fact.value)} ${unit}`;
}
