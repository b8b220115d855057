/**
 * Numbers as the article writes them: Arabic (11689, 27200元), Chinese (一萬, 十, 兩千) and
 * mixed (50萬). A small parser of our own: the npm candidates did not fit (nzh is BSD-2,
 * chinese-numbers-converter ships a test library as a runtime dependency), and the forms
 * needed here are few.
 */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

const ARABIC = '0-9０-９';
const CHINESE = '〇零一二兩两三四五六七八九十百千萬万億亿';
/** A run of number characters: digits and numeral characters, in any mix. */
const NUMBER_RUN = new RegExp(`[${ARABIC}${CHINESE}]+`, 'g');

/** A number written in a text, with where it sits. */
export interface WrittenNumber {
  /** The characters as written, e.g. 一萬. */
  written: string;
  value: number;
  /** UTF-16 offset in the text searched. */
  index: number;
}

/** Full-width digits (０-９) to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * The value of one number expression (50萬 → 500000, 一萬 → 10000, 十 → 10, 二〇二〇 → 2020),
 * or `undefined` when `written` is not one (empty, or a unit with nothing to multiply).
 * @internal
 */
export function parseChineseNumber(written: string): number | undefined {
  const text = asciiDigits(written);
  if (text === '') return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let sawDigit = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const arabic = /^[0-9]+/.exec(text.slice(i));
    if (arabic) {
      digit = Number(arabic[0]);
      sawDigit = true;
      i += arabic[0].length;
      continue;
    }
    if (ch in DIGITS) {
      const d = DIGITS[ch] ?? 0;
      // Digits in a row with no unit between are positional (二〇二〇).
      digit =
        digit !== undefined && /[〇零一二兩两三四五六七八九]/.test(text[i - 1] ?? '')
          ? digit * 10 + d
          : d;
      sawDigit = true;
    } else if (ch in SMALL_UNITS) {
      // A leading 十 means 一十 (十 = 10, 十五 = 15).
      section += (digit ?? 1) * (SMALL_UNITS[ch] ?? 1);
      digit = undefined;
      sawDigit = true;
    } else if (ch in BIG_UNITS) {
      if (!sawDigit) return undefined;
      const unit = BIG_UNITS[ch] ?? 1;
      const part = section + (digit ?? 0);
      // 一億二千萬: 萬 multiplies only what came after 億.
      total = unit >= 1e8 ? (total + part) * unit : total + part * unit;
      section = 0;
      digit = undefined;
    } else return undefined;
    i += 1;
  }
  if (!sawDigit) return undefined;
  return total + section + (digit ?? 0);
}

/**
 * Every number expression in `text`, left to right. A run of numeral characters that is
 * not a number (a lone 萬) is skipped.
 */
export function findNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    const value = parseChineseNumber(match[0]);
    if (value !== undefined) found.push({ written: match[0], value, index: match.index });
  }
  return found;
}
