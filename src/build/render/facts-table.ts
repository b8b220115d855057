/**
 * "By the numbers": every annotated fact of the story as one accessible HTML table, in
 * reading order, rendered at build time in either script (for the end of the page and
 * for print). The value column is plain text, not <data>/<time>: those elements stay
 * reserved for the article's own words.
 */
import { escapeHtml } from '../../shared/html.ts';
import { toHans } from '../content/script.ts';
import type { Bilingual, Script, Story } from '../../shared/model.ts';
import type { Fact, FactKind } from '../../shared/facts.ts';
import { factNote } from '../content/fact-notes.ts';

const both = (hant: string): Bilingual => ({ hant, hans: toHans(hant) });

/** The table's words (Traditional authoritative, Simplified converted). */
export const FACTS_TABLE_STRINGS = {
  caption: both('本文的數字、物資與日期'),
  quote: both('原文'),
  value: both('數值'),
  kind: both('類別'),
  what: both('內容'),
  giver: both('捐贈者'),
  receiver: both('受贈者'),
  place: both('地點'),
  chapter: both('段落'),
  none: both('—'),
} satisfies Record<string, Bilingual>;

/** Kind labels as the table shows them. */
export const FACT_KIND_LABELS: Record<FactKind, Bilingual> = {
  count: both('數量'),
  money: both('金額'),
  goods: both('物資'),
  date: both('日期'),
};

/** The facts of `story` in reading order: chapter, then paragraph, then position. */
export function factsInReadingOrder(
  chapters: Story['chapters'],
): { fact: Fact; chapterId: string; chapterNumber: number }[] {
  return chapters.flatMap((chapter) =>
    [...(chapter.facts ?? [])]
      .sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start)
      .map((fact) => ({ fact, chapterId: chapter.id, chapterNumber: chapter.index + 1 })),
  );
}

/** The fact's value cell: 10,000 元; 2020年2月3日(正月初十); a dash for unquantified goods. */
function valueText(fact: Fact, script: Script): string {
  const note = factNote(fact, script) ?? FACTS_TABLE_STRINGS.none[script];
  return fact.kind === 'date' && fact.lunar ? `${note}(${fact.lunar[script]})` : note;
}

/**
 * The table in `script`. Each row heads with the article's words (`th scope="row"`), and
 * links to its chapter like the places index does.
 */
export function factsTableHtml(story: Pick<Story, 'chapters' | 'places'>, script: Script): string {
  const s = (key: keyof typeof FACTS_TABLE_STRINGS): string =>
    escapeHtml(FACTS_TABLE_STRINGS[key][script]);
  const cell = (text: string | undefined): string =>
    `<td>${text === undefined ? s('none') : escapeHtml(text)}</td>`;
  const head = (
    ['quote', 'value', 'kind', 'what', 'giver', 'receiver', 'place', 'chapter'] as const
  )
    .map((key) => `<th scope="col">${s(key)}</th>`)
    .join('');
  const rows = factsInReadingOrder(story.chapters)
    .map(({ fact, chapterId, chapterNumber }) => {
      const place = fact.place === undefined ? undefined : story.places[fact.place];
      const id = escapeHtml(chapterId);
      return (
        `<tr class="fact-row fact-row-${fact.kind}">` +
        `<th scope="row">${escapeHtml(fact.text[script])}</th>` +
        cell(valueText(fact, script)) +
        cell(FACT_KIND_LABELS[fact.kind][script]) +
        cell(fact.what[script]) +
        cell(fact.giver?.[script]) +
        cell(fact.receiver?.[script]) +
        cell(place?.name[script] ?? fact.place) +
        `<td><a href="#${id}" data-chapter-link="${id}">${s('chapter')} ${chapterNumber}</a></td>` +
        `</tr>`
      );
    })
    .join('');
  return (
    `<table class="facts-table"><caption>${s('caption')}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
  );
}
