import { escapeHtml } from './html.ts';
import { ui } from './ui-strings.ts';
import type { Chapter, Script, Story } from './model.ts';

/**
 * The parts of the page the script switch renders again in the browser (chapter headings,
 * the places index); the build renders them into index.html with the same functions.
 */

/** The headings a chapter opens (article part, sub-heading), if any. */
export function chapterHeadingsHtml(chapter: Chapter, script: Script): string {
  const part = chapter.part ? `<h2 class="part">${escapeHtml(chapter.part[script])}</h2>` : '';
  const subhead = chapter.subhead
    ? `<h3 class="subhead">${escapeHtml(chapter.subhead[script])}</h3>`
    : '';
  return part + subhead;
}

/** The "places in this story" index: every place, with links to the chapters about it. */
export function placesIndexHtml(story: Story, script: Script): string {
  const chapterNumber = new Map(story.chapters.map((c) => [c.id, c.index + 1]));
  const items = story.placeIndex
    .map((entry) => {
      const place = story.places[entry.code];
      if (!place) return '';
      const approx =
        place.approximate && place.resolvedAs !== 'district'
          ? ` <span class="approx-badge">${escapeHtml(ui('approximate', script))}</span>`
          : '';
      const links = entry.chapters
        .map(
          (id) =>
            `<a href="#${escapeHtml(id)}" data-chapter-link="${escapeHtml(id)}">${escapeHtml(ui('chapterLink', script))} ${chapterNumber.get(id) ?? ''}</a>`,
        )
        .join(' ');
      return (
        `<li id="place-${escapeHtml(place.code)}" data-place="${escapeHtml(place.code)}">` +
        `<span class="place-name">${escapeHtml(place.name[script])}</span>` +
        (place.officialName
          ? ` <span class="official-name">(${escapeHtml(ui('officialName', script))} ${escapeHtml(place.officialName[script])})</span>`
          : '') +
        approx +
        `<span class="place-chapters">${links}</span></li>`
      );
    })
    .join('');
  return (
    `<h2 data-ui="placesHeading">${escapeHtml(ui('placesHeading', script))}</h2>` +
    `<p class="places-intro" data-ui="placesIntro">${escapeHtml(ui('placesIntro', script))}</p>` +
    `<ul class="places-list">${items}</ul>`
  );
}
