import { langTag, ui } from '../i18n/strings.ts';
import type { Chapter, Script, Story } from '../story/model.ts';

/**
 * The article as static HTML, rendered at build time into index.html so the whole text
 * reads without JavaScript or WebGL. Pure string functions: the build and the page's
 * script switch share them.
 */

/** Escape text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The headings a chapter opens (article part, sub-heading), if any. */
export function chapterHeadingsHtml(chapter: Chapter, script: Script): string {
  const part = chapter.part ? `<h2 class="part">${escapeHtml(chapter.part[script])}</h2>` : '';
  const subhead = chapter.subhead
    ? `<h3 class="subhead">${escapeHtml(chapter.subhead[script])}</h3>`
    : '';
  return part + subhead;
}

/** One scroll step: scrollama's `.step`, with the chapter id and its place codes for the map. */
export function chapterHtml(chapter: Chapter, script: Script): string {
  return (
    `<section class="step" id="${escapeHtml(chapter.id)}" data-chapter="${escapeHtml(chapter.id)}"` +
    ` data-index="${chapter.index}" tabindex="-1" data-places="${escapeHtml(chapter.places.join(' '))}">` +
    `<div class="step-inner">` +
    `<div class="chapter-headings">${chapterHeadingsHtml(chapter, script)}</div>` +
    `<div class="chapter-body">${chapter.html[script]}</div>` +
    `</div></section>`
  );
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

/** Where the build writes the licence texts of the bundled packages (see vite.config.ts). */
export const licensesFile = 'licenses.txt';

/** Credits: publication, every data source's attribution line, the code's licences. */
export function creditsHtml(story: Story, script: Script): string {
  const lines = story.attribution.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return (
    `<h2 data-ui="creditsHeading">${escapeHtml(ui('creditsHeading', script))}</h2>` +
    `<p class="publication">${escapeHtml(story.publication.publisher[script])} · ${escapeHtml(story.publication.date)}</p>` +
    `<ul class="credits-list">${lines}</ul>` +
    // Relative, so it holds under a sub-path; the build writes the file (vite.config.ts).
    `<p class="licenses"><a href="${licensesFile}" type="text/plain" hreflang="en" data-ui="licensesLink">` +
    `${escapeHtml(ui('licensesLink', script))}</a></p>`
  );
}

/** The pieces index.html receives at build time, keyed by the placeholder they replace. */
export function storyPageParts(story: Story, script: Script = 'hant'): Record<string, string> {
  return {
    lang: langTag(script),
    otherLang: langTag(script === 'hant' ? 'hans' : 'hant'),
    title: escapeHtml(story.title[script]),
    byline: escapeHtml(story.byline[script]),
    chapters: story.chapters.map((c) => chapterHtml(c, script)).join('\n'),
    places: placesIndexHtml(story, script),
    credits: creditsHtml(story, script),
    ...Object.fromEntries(
      (['skipToText', 'scriptToggle', 'switchTo', 'mapRegion', 'mapUnavailable'] as const).map(
        (k) => [`ui:${k}`, escapeHtml(ui(k, script))],
      ),
    ),
  };
}
