import { unescapeHtml } from './html.ts';
import type { Bilingual, Chapter, PageChapter, Script } from './model.ts';

/**
 * How the page names a chapter where it cannot show it whole (contents, places index): the
 * article has no chapter titles, so a chapter is named by the sub-heading it opens or by its
 * opening words. Shared: the build renders these names and the script switch renders them again.
 */

/** How many characters of a chapter's first paragraph name it. */
const openingLength = 16;

/** The visible words of a chapter's first paragraph (screen-reader asides and tags removed). */
function firstParagraphText(html: string): string {
  const paragraph = /<p>(.*?)<\/p>/s.exec(html)?.[1] ?? '';
  const text = paragraph
    .replace(/<span class="visually-hidden">.*?<\/span>/gs, '')
    .replace(/<[^>]+>/g, '');
  return unescapeHtml(text).trim();
}

/** A chapter's opening words, cut at {@link openingLength} characters with an ellipsis. */
export function chapterOpening(
  chapter: Pick<Chapter, 'html'> | Pick<PageChapter, 'opening'>,
  script: Script,
): string {
  // The browser's model carries the opening words the build cut (it has no chapter text).
  if ('opening' in chapter) return chapter.opening[script];
  const text = [...firstParagraphText(chapter.html[script])];
  return text.length > openingLength ? `${text.slice(0, openingLength).join('')}…` : text.join('');
}

/** A sub-heading without its trailing colon or dash (農村發動了: → 農村發動了). */
export function headingLabel(heading: Bilingual, script: Script): string {
  return heading[script].replace(/[:：—\s]+$/u, '');
}

/** A chapter's name: the sub-heading it opens, else its opening words. */
export function chapterName(
  chapter: Pick<Chapter, 'subhead'> & (Pick<Chapter, 'html'> | Pick<PageChapter, 'opening'>),
  script: Script,
): string {
  return chapter.subhead ? headingLabel(chapter.subhead, script) : chapterOpening(chapter, script);
}

/** The chapters under one sub-heading (or under none, before a part's first sub-heading). */
export interface SubheadGroup<C> {
  subhead?: Bilingual;
  chapters: C[];
}

/** The chapters of one article part (or of the opening, before the first part heading). */
export interface PartGroup<C> {
  part?: Bilingual;
  subheads: SubheadGroup<C>[];
}

/** Chapters grouped as the article is: parts, then sub-headings, in reading order. */
export function chapterOutline<C extends Pick<Chapter, 'part' | 'subhead'>>(
  chapters: readonly C[],
): PartGroup<C>[] {
  const parts: PartGroup<C>[] = [];
  for (const chapter of chapters) {
    let part = parts[parts.length - 1];
    if (!part || chapter.part) {
      part = { part: chapter.part, subheads: [] };
      parts.push(part);
    }
    let group = part.subheads[part.subheads.length - 1];
    if (!group || chapter.subhead) {
      group = { subhead: chapter.subhead, chapters: [] };
      part.subheads.push(group);
    }
    group.chapters.push(chapter);
  }
  return parts;
}
