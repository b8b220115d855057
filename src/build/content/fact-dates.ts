/**
 * Dates of date facts: ISO strings checked for existence, lunar names checked against
 * the Chinese calendar of the JavaScript runtime (Intl, full ICU in Node ≥ 13), and the
 * quoted words checked against both.
 */
import { toHans } from './script.ts';

/** A valid ISO date as the annotation gives it, with its precision. */
export interface IsoDate {
  iso: string;
  year: number;
  month?: number;
  day?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The number of days in a Gregorian month. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns the date, or a problem and what to do.
 */
export function parseIsoDate(text: string): IsoDate | { problem: string; hint: string } {
  const m = ISO.exec(text);
  if (!m) {
    return {
      problem: `date '${text}' is not an ISO date`,
      hint: 'write YYYY-MM-DD, e.g. 2020-01-24 (or YYYY-MM, YYYY when the text is no more precise)',
    };
  }
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { problem: `date '${text}' has no month ${month}`, hint: 'months run from 01 to 12' };
  }
  if (month !== undefined && day !== undefined) {
    const last = daysIn(year, month);
    if (day < 1 || day > last) {
      return {
        problem: `date '${text}' does not exist`,
        hint: `${year}-${String(month).padStart(2, '0')} has days 01 to ${last}: check the day`,
      };
    }
  }
  return {
    iso: text,
    year,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

const LUNAR_DAY_NAMES = [
  '初一',
  '初二',
  '初三',
  '初四',
  '初五',
  '初六',
  '初七',
  '初八',
  '初九',
  '初十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
  '廿一',
  '廿二',
  '廿三',
  '廿四',
  '廿五',
  '廿六',
  '廿七',
  '廿八',
  '廿九',
  '三十',
];

const lunarFormat = new Intl.DateTimeFormat('zh-u-ca-chinese', {
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

function lunarParts(year: number, month: number, day: number): { month: string; day: number } {
  const parts = lunarFormat.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  return {
    month: parts.find((p) => p.type === 'month')?.value ?? '',
    day: Number(parts.find((p) => p.type === 'day')?.value ?? 0),
  };
}

/**
 * The lunar names of a Gregorian day, in Simplified: its month and day (2020-02-03 →
 * 正月初十) and 除夕 on New Year's Eve (the day before 正月初一).
 * @internal
 */
export function lunarNames(date: IsoDate): string[] {
  if (date.month === undefined || date.day === undefined) return [];
  const here = lunarParts(date.year, date.month, date.day);
  const names = [`${here.month}${LUNAR_DAY_NAMES[here.day - 1] ?? ''}`];
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  const after = lunarParts(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
  if (after.month === '正月' && after.day === 1) names.push('除夕');
  return names;
}

/** A lunar day word in a quote: 除夕, or a day name such as 初十 (大年初一 → 初一). */
const LUNAR_WORD =
  /除夕|初[一二三四五六七八九十]|廿[一二三四五六七八九]|[二三]十|十[一二三四五六七八九]/;
/** Gregorian words in a quote: 2020年, 1月14日. */
const YEAR_WORD = /(\d{4})年/;
const MONTH_DAY_WORDS = /(\d{1,2})月(\d{1,2})日/;

/**
 * Checks the quoted words against the date and lunar name: a year or month-and-day in the
 * words must be the date's, a lunar day word needs a lunar name that says it, and the lunar
 * name must be the date's. Returns the first problem, or `undefined`.
 */
export function checkDateWords(
  quote: string,
  date: IsoDate,
  lunar: string | undefined,
): { problem: string; hint: string } | undefined {
  const year = YEAR_WORD.exec(quote);
  if (year && Number(year[1]) !== date.year) {
    return {
      problem: `date ${date.iso} does not match the quoted words '${quote}' (they say ${year[1]})`,
      hint: `write the year ${year[1]} in date:, or quote the words that name this date`,
    };
  }
  const monthDay = MONTH_DAY_WORDS.exec(quote);
  if (monthDay && (Number(monthDay[1]) !== date.month || Number(monthDay[2]) !== date.day)) {
    const said = `${monthDay[1]}月${monthDay[2]}日`;
    return {
      problem: `date ${date.iso} does not match the quoted words '${quote}' (they say ${said})`,
      hint: `write date: ${date.year}-${monthDay[1]?.padStart(2, '0')}-${monthDay[2]?.padStart(2, '0')}`,
    };
  }
  const lunarWord = LUNAR_WORD.exec(quote)?.[0];
  if (lunarWord !== undefined && lunar === undefined) {
    return {
      problem: `the quoted words '${quote}' use the lunar calendar (${lunarWord}) but the fact has no lunar name`,
      hint: `add lunar: with the full lunar name, e.g. ${lunarWord === '除夕' ? '除夕' : `正月${lunarWord}`}`,
    };
  }
  if (lunar !== undefined) {
    const names = lunarNames(date);
    if (names.length === 0) {
      return {
        problem: `lunar '${lunar}' needs a full date, found ${date.iso}`,
        hint: 'write date: YYYY-MM-DD',
      };
    }
    if (!names.includes(toHans(lunar))) {
      return {
        problem: `lunar '${lunar}' is not ${date.iso} (that day is ${names.join(', ')})`,
        hint: 'check the date: 正月初一 of 2020 is 2020-01-25',
      };
    }
    if (lunarWord !== undefined && !lunar.endsWith(lunarWord)) {
      return {
        problem: `lunar '${lunar}' does not match the quoted words '${quote}' (they say ${lunarWord})`,
        hint: 'write the lunar name of the day the words say',
      };
    }
  }
  if (!year && !monthDay && lunarWord === undefined) {
    return {
      problem: `the quoted words '${quote}' name no date`,
      hint: 'quote the words that say the day (1月14日, 正月初十, 除夕夜) or the year (1971年)',
    };
  }
  return undefined;
}

/** The date as a reader's note: 2020年2月3日, 2020年2月, 1971年 (the same in both scripts). */
export function dateNote(date: IsoDate): string {
  if (date.month === undefined) return `${date.year}年`;
  if (date.day === undefined) return `${date.year}年${date.month}月`;
  return `${date.year}年${date.month}月${date.day}日`;
}
