/**
 * The gifts layer's data, decided at build time: each chapter's gifts (money and goods
 * facts with a place) grouped by where the map draws them, sized by what can be compared
 * honestly, and placed only at a sourced point or the township's own label point.
 */
import type { Bilingual, Chapter, StoryPlace } from '../../shared/model.ts';
import type { Gift, GiftPoint } from '../../shared/facts.ts';
import { isGift } from '../../shared/facts.ts';
import type { LngLat } from '../../shared/geo-schema.ts';
import { factNote, groupDigits } from '../content/fact-notes.ts';
import { toHans } from '../content/script.ts';

/** Smallest symbol, and the growth per unit of sqrt(measure): area grows with the amount. */
const MIN_RADIUS = 7;
const MONEY_RADIUS_PER_SQRT_YUAN = 0.09; // 27,200 元 → about 22 px
const COUNT_RADIUS_PER_SQRT_GIFT = 3; // 9 gifts → 16 px

/** What the layer needs to know about places: where each is drawn. */
export interface GiftPlaces {
  places: Readonly<Record<string, StoryPlace>>;
  /** A township's label point (from geo/townships.geojson), by code. */
  townshipLabel: (code: string) => LngLat | undefined;
}

/** Where a place is drawn: its sourced point, or the label point of the area standing in. */
function drawnAt(place: StoryPlace, where: GiftPlaces): { code: string; at: LngLat } | undefined {
  if (place.point) return { code: place.code, at: place.point };
  const code = place.standIn?.code ?? (place.resolvedAs === 'township' ? place.code : undefined);
  const at = code === undefined ? undefined : where.townshipLabel(code);
  return code === undefined || at === undefined ? undefined : { code, at };
}

/** One list line: 張志華：一萬元（10,000 元）; the value is added only where the words spell it otherwise. */
function itemLine(gift: Gift): Bilingual {
  const line = (script: 'hant' | 'hans'): string => {
    const who = gift.giver ? gift.giver[script] : gift.what[script];
    const words = gift.text[script];
    const note = factNote(gift, script);
    const spelled = gift.value === undefined || words.includes(String(gift.value));
    return `${who}：${words}${note && !spelled ? `（${note}）` : ''}`;
  };
  return { hant: line('hant'), hans: line('hans') };
}

/**
 * Money where the text gives only money, else the number of gifts: money and goods
 * have no common scale. A total in the text includes its parts (上寨鄉's 27,200 元 holds
 * 張志華's 10,000 元), so the largest amount is used: nothing is counted twice.
 */
function measureOf(gifts: readonly Gift[]): GiftPoint['measure'] {
  const money = gifts.filter((g) => g.kind === 'money' && g.unit === '元' && g.value !== undefined);
  if (money.length > 0 && money.length === gifts.length) {
    return { kind: 'money', yuan: Math.max(...money.map((g) => g.value ?? 0)) };
  }
  return { kind: 'count', gifts: gifts.length };
}

function radiusOf(measure: GiftPoint['measure']): number {
  const grow =
    measure.kind === 'money'
      ? Math.sqrt(measure.yuan) * MONEY_RADIUS_PER_SQRT_YUAN
      : Math.sqrt(measure.gifts) * COUNT_RADIUS_PER_SQRT_GIFT;
  return Math.round((MIN_RADIUS + grow) * 10) / 10;
}

function labelOf(names: readonly Bilingual[], measure: GiftPoint['measure']): Bilingual {
  const label = (script: 'hant' | 'hans'): string => {
    const amount =
      measure.kind === 'money'
        ? `${groupDigits(measure.yuan)} 元`
        : `${measure.gifts} ${script === 'hant' ? '項捐贈' : toHans('項捐贈')}`;
    return `${names.map((n) => n[script]).join('、')} · ${amount}`;
  };
  return { hant: label('hant'), hans: label('hans') };
}

/** The gifts layer's symbols: per chapter, one per drawn place, in reading order. */
export function giftPoints(chapters: readonly Chapter[], where: GiftPlaces): GiftPoint[] {
  return chapters.flatMap((chapter) => {
    const groups = new Map<
      string,
      { at: LngLat; gifts: Gift[]; names: Bilingual[]; approx: boolean }
    >();
    for (const gift of (chapter.facts ?? []).filter(isGift)) {
      const place = gift.place === undefined ? undefined : where.places[gift.place];
      const drawn = place && drawnAt(place, where);
      if (!place || !drawn) continue;
      const group = groups.get(drawn.code) ?? { at: drawn.at, gifts: [], names: [], approx: false };
      group.gifts.push(gift);
      if (!group.names.some((n) => n.hant === place.name.hant)) group.names.push(place.name);
      group.approx ||= drawn.code !== place.code;
      groups.set(drawn.code, group);
    }
    return [...groups].map(([code, group]): GiftPoint => {
      const measure = measureOf(group.gifts);
      return {
        id: `${chapter.id}:${code}`,
        chapter: chapter.id,
        chapterNumber: chapter.index + 1,
        code,
        at: group.at,
        label: labelOf(group.names, measure),
        measure,
        radius: radiusOf(measure),
        items: group.gifts.map(itemLine),
        approximate: group.approx,
      };
    });
  });
}
