/**
 * The article as static HTML, rendered at build time into index.html so the whole text
 * reads without JavaScript or WebGL.
 */
import { escapeHtml } from '../../shared/html.ts';
import type { Chapter, Script, Story } from '../../shared/model.ts';
import { contentsHtml } from '../../shared/contents-html.ts';
import { chapterHeadingsHtml, placesIndexHtml } from '../../shared/story-html.ts';
import { langTag, ui } from '../../shared/ui-strings.ts';
import { factsSectionHtml, inScript, timelineHtml } from './facts-page.ts';

/** One scroll step: scrollama's `.step`, with the chapter id and its place codes for the map. */
function chapterHtml(chapter: Chapter, script: Script): string {
  return (
    `<section class="step" id="${escapeHtml(chapter.id)}" data-chapter="${escapeHtml(chapter.id)}"` +
    ` data-index="${chapter.index}" tabindex="-1" data-places="${escapeHtml(chapter.places.join(' '))}">` +
    `<div class="step-inner">` +
    `<div class="chapter-headings">${chapterHeadingsHtml(chapter, script)}</div>` +
    `<div class="chapter-body">${chapter.html[script]}</div>` +
    `</div></section>`
  );
}

/** Where the build writes the licence texts of the bundled packages (see vite.config.ts). */
export const licensesFile = 'licenses.txt';

/** Credits: publication, every data source's attribution line, the code's licences. */
function creditsHtml(story: Story, script: Script): string {
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

/** The byline with the story's own date as a <time> (the page's data, like the facts). */
function bylineHtml(byline: string, date: string): string {
  const at = date ? byline.indexOf(date) : -1;
  if (at < 0) return escapeHtml(byline);
  const time = `<time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>`;
  return escapeHtml(byline.slice(0, at)) + time + escapeHtml(byline.slice(at + date.length));
}

/** The pieces index.html receives at build time, keyed by the placeholder they replace. */
export function storyPageParts(story: Story, script: Script = 'hant'): Record<string, string> {
  return {
    lang: langTag(script),
    otherLang: langTag(script === 'hant' ? 'hans' : 'hant'),
    title: escapeHtml(story.title[script]),
    byline: bylineHtml(story.byline[script], story.publication.date),
    chapters: story.chapters.map((c) => chapterHtml(c, script)).join('\n'),
    contents: contentsHtml(story, script),
    places: placesIndexHtml(story, script),
    timeline: inScript('timeline', timelineHtml(story, script), script),
    factsTable: inScript('factsTable', factsSectionHtml(story, script), script),
    credits: creditsHtml(story, script),
    ...Object.fromEntries(
      (['skipToText', 'scriptToggle', 'switchTo', 'mapRegion', 'mapNeedsScript'] as const).map(
        (k) => [`ui:${k}`, escapeHtml(ui(k, script))],
      ),
    ),
  };
}
