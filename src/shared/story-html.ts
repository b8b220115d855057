import { escapeHtml } from './html.ts';
import { ui } from './ui-strings.ts';
import { chapterName, chapterOutline } from './chapter-label.ts';
import type { Chapter, IndexedStory, Script, StoryPlace } from './model.ts';

/**
 * The parts of the page the script switch renders again in the browser (chapter headings,
 * the places index); the build renders them into index.html with the same functions.
 */

/** The headings a chapter opens (article part, sub-heading), if any. */
export function chapterHeadingsHtml(
  chapter: Pick<Chapter, 'part' | 'subhead'>,
  script: Script,
): string {
  const part = chapter.part ? `<h2 class="part">${escapeHtml(chapter.part[script])}</h2>` : '';
  const subhead = chapter.subhead
    ? `<h3 class="subhead">${escapeHtml(chapter.subhead[script])}</h3>`
    : '';
  return part + subhead;
}

/** A place's tag: the map cannot place it (a stand-in area shows it), or its boundary is estimated. */
function placeTagHtml(place: StoryPlace, script: Script): string {
  if (place.standIn)
    return ` <span class="approx-badge">${escapeHtml(ui('approximate', script))}</span>`;
  if (place.approximate && place.kind === 'township' && place.resolvedAs === 'township')
    return ` <span class="estimate-badge">${escapeHtml(ui('boundaryEstimated', script))}</span>`;
  return '';
}

/** A place's chapters, named by heading or opening words and grouped under the article's parts. */
function placeChaptersHtml(story: IndexedStory, ids: readonly string[], script: Script): string {
  const wanted = new Set(ids);
  const groups = chapterOutline(story.chapters)
    .map((part) => {
      const links = part.subheads
        .flatMap((group) => group.chapters)
        .filter((c) => wanted.has(c.id))
        .map(
          (c) =>
            `<a href="#${escapeHtml(c.id)}" data-chapter-link="${escapeHtml(c.id)}">${escapeHtml(chapterName(c, script))}</a>`,
        );
      if (!links.length) return '';
      const name = part.part ? part.part[script] : ui('openingPart', script);
      return `<li><span class="place-part">${escapeHtml(name)}</span>${links.join('、')}</li>`;
    })
    .join('');
  return `<ul class="place-chapters">${groups}</ul>`;
}

/** The "places in this story" index: every place, with links to the chapters about it. */
export function placesIndexHtml(story: IndexedStory, script: Script): string {
  const items = story.placeIndex
    .map((entry) => {
      const place = story.places[entry.code];
      if (!place) return '';
      return (
        `<li id="place-${escapeHtml(place.code)}" data-place="${escapeHtml(place.code)}">` +
        `<span class="place-name">${escapeHtml(place.name[script])}</span>` +
        (place.officialName
          ? ` <span class="official-name">(${escapeHtml(ui('officialName', script))} ${escapeHtml(place.officialName[script])})</span>`
          : '') +
        placeTagHtml(place, script) +
        placeChaptersHtml(story, entry.chapters, script) +
        `</li>`
      );
    })
    .join('');
  return (
    `<h2 data-ui="placesHeading">${escapeHtml(ui('placesHeading', script))}</h2>` +
    `<p class="places-intro" data-ui="placesIntro">${escapeHtml(ui('placesIntro', script))}</p>` +
    `<ul class="places-list">${items}</ul>`
  );
}
