/**
 * Which place names the article's text links, found once per chapter from the
 * Traditional text; both scripts render from the same matches.
 */
import type { Division } from '../../shared/geo-schema.ts';
import type { ParsedChapter } from '../content/chapter-files.ts';
import { gazetteerNames } from '../content/place-links.ts';
import type { NameMatch } from '../content/place-links.ts';

/** A `{ code, name }` pair from a chapter's front matter. */
interface NamePair {
  name: string;
  code: string;
}

/** The pairs of one chapter, in front-matter order. */
function namePairs(chapter: ParsedChapter): NamePair[] {
  return chapter.fields.places.flatMap((p) =>
    p.name !== undefined ? [{ name: p.name, code: p.code }] : [],
  );
}

/** Code → the first name any chapter pairs with it: the name the article gives the place. */
export function writtenNames(chapters: readonly ParsedChapter[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { name, code } of chapters.flatMap(namePairs)) {
    if (!names.has(code)) names.set(code, name);
  }
  return names;
}

/** The text of a body block that may carry place links: a paragraph, a figure's caption. */
export function linkableText(block: ParsedChapter['blocks'][number]): string {
  return block.kind === 'paragraph' ? block.text : (block.caption ?? '');
}

/**
 * The place names linked in each chapter, block by block (`[chapter][block]`). A name a
 * chapter pairs with a code means that code there (and, for any other chapter, wins
 * over the gazetteer); only codes `isKnown` accepts are linked.
 */
export function findLinks(
  chapters: readonly ParsedChapter[],
  divisions: readonly Division[],
  isKnown: (code: string) => boolean,
): NameMatch[][][] {
  const storyNames = gazetteerNames(divisions).withOverrides(chapters.flatMap(namePairs));
  return chapters.map((chapter) => {
    const names = storyNames.withOverrides(namePairs(chapter));
    return chapter.blocks.map((block) =>
      names.find(linkableText(block)).filter((m) => isKnown(m.code)),
    );
  });
}
