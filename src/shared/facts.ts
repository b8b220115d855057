/**
 * The article's facts as data: counts, money, gifts and dates that a chapter's front
 * matter annotates by quoting the article's own words (content/README.md, "Facts").
 * Shared by the build (which validates and places them) and the page (gifts layer,
 * timeline, table). Plain JSON, like the rest of the story model.
 */
import type { Bilingual } from './model.ts';

/** What a fact is: a number of people or things, an amount of money, a gift of goods, a day. */
export type FactKind = 'count' | 'money' | 'goods' | 'date';

/** The kinds, in documentation order. */
export const FACT_KINDS: readonly FactKind[] = ['count', 'money', 'goods', 'date'];

/**
 * The units a fact may be counted in, as the article writes them (Traditional). Closed so
 * that a typo (箇, 個村莊) is caught; add a unit here, with its meaning, when the text needs it.
 */
export const FACT_UNITS = [
  '人', // people
  '個', // things, the general measure word
  '個村', // villages (208個村莊, 208個村)
  '個鄉鎮', // township-level units (13個鄉鎮(開發區))
  '個行政村', // administrative villages
  '個月', // months
  '辦', // offices (一辦九組)
  '組', // working groups
  '份', // copies of a leaflet
  '元', // yuan (money)
  '盒', // boxes
  '瓶', // bottles
  '桶', // barrels (4大桶: 大 is not part of the unit)
  '箱', // cases
  '斤', // jin (500 g)
  '套', // sets
  '臺', // machines (Traditional form)
  '台', // machines (variant form)
  '次', // times
  '歲', // years of age
  '年', // years
  '小時', // hours
] as const;

/** A unit from {@link FACT_UNITS}. */
export type FactUnit = (typeof FACT_UNITS)[number];

/** Where a fact's quoted words sit in its chapter: paragraph and UTF-16 offsets in the Traditional text. */
export interface FactSpan {
  /** 0-based index among the chapter's paragraphs (figures not counted). */
  paragraph: number;
  /** Start offset in the paragraph's Traditional text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/** Fields every fact has. */
interface FactBase {
  /** The exact words annotated, verbatim from the chapter (Traditional; `hans` derived). */
  text: Bilingual;
  /** Where `text.hant` sits in the chapter. */
  span: FactSpan;
  /** What is counted, given or dated, in a few words (e.g. 消毒液). */
  what: Bilingual;
  /** Who gave, where the text says (e.g. 張志華). */
  giver?: Bilingual;
  /** Who received, where the text says (e.g. 上莊鎮政府). */
  receiver?: Bilingual;
  /** Division code of the place the fact belongs to (a key of `Story.places` once joined). */
  place?: string;
  /** File and line of the annotation, for messages. */
  source: { file: string; line: number };
}

/** A number: a count of people or things, an amount in yuan, or a quantity of goods given. */
export interface NumberFact extends FactBase {
  kind: 'count' | 'money' | 'goods';
  /**
   * The number the quoted words say (一萬元 → 10000). Absent only for goods the text lists
   * without a quantity (口罩、消毒液): those are data for the gifts layer, not wrapped.
   */
  value?: number;
  /** The unit, from {@link FACT_UNITS}; absent exactly when `value` is. */
  unit?: FactUnit;
}

/** A day (or a year, as precise as the text is). */
export interface DateFact extends FactBase {
  kind: 'date';
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the text is no more precise. */
  date: string;
  /** The lunar name when the text uses one (正月初十, 除夕), in both scripts. */
  lunar?: Bilingual;
}

/** One annotated fact. */
export type Fact = NumberFact | DateFact;

/** A gift: a money or goods fact (giver and receiver where the text names them). */
export type Gift = NumberFact & { kind: 'money' | 'goods' };

/** True for money and goods facts (gifts, whether or not the text names the giver). */
export function isGift(fact: Fact): fact is Gift {
  return fact.kind === 'money' || fact.kind === 'goods';
}

/**
 * One symbol of the gifts layer: the gifts a chapter tells of at one drawn place, decided
 * at build time (src/build/story/gifts.ts). The map only draws it.
 */
export interface GiftPoint {
  /** `chapterId:code`, unique. */
  id: string;
  /** The chapter the gifts come from, and its 1-based number. */
  chapter: string;
  chapterNumber: number;
  /** The code of the place drawn: the gift's place, or the township standing in for it. */
  code: string;
  /** Where it is drawn: the place's sourced point, or its township's label point. */
  at: [lon: number, lat: number];
  /** The map label: place name(s) and the measure (e.g. 北寨村 · 27,200 元). */
  label: Bilingual;
  /** Money when every gift there is money (the largest amount: totals include their parts), else the number of gifts. */
  measure: { kind: 'money'; yuan: number } | { kind: 'count'; gifts: number };
  /** Circle radius in pixels, from `measure` (area grows with the amount or the count). */
  radius: number;
  /** One line per gift: giver, the article's words, the normalised value. */
  items: Bilingual[];
  /** True when the place is shown through its township (no sourced point). */
  approximate: boolean;
}
