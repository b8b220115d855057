/**
 * What the browser gets of the story, split by need: the bundle carries the map's state
 * per chapter (`virtual:story`); each script's words, which the page already shows in
 * Traditional, come as a chunk of their own (`virtual:story-text/<script>`) fetched only
 * when a reader shows that script. Keeps ~16 KiB gzip of text out of the bundle.
 */
import { chapterOpening } from '../../shared/chapter-label.ts';
import type { PageStory, Script, ScriptText, Story } from '../../shared/model.ts';
import { factsSectionHtml, timelineHtml } from './facts-page.ts';

/** The story without chapter texts, facts or source lines; each chapter keeps its opening words. */
export function pageStory(story: Story): PageStory {
  return {
    ...story,
    // Field by field: a field added to Chapter reaches the browser only when named here.
    chapters: story.chapters.map((c) => ({
      id: c.id,
      index: c.index,
      ...(c.part ? { part: c.part } : {}),
      ...(c.subhead ? { subhead: c.subhead } : {}),
      places: c.places,
      map: c.map,
      opening: { hant: chapterOpening(c, 'hant'), hans: chapterOpening(c, 'hans') },
    })),
  };
}

/** The words the page replaces when it switches to `script`. */
export function scriptText(story: Story, script: Script): ScriptText {
  return {
    script,
    bodies: Object.fromEntries(story.chapters.map((c) => [c.id, c.html[script]])),
    timeline: timelineHtml(story, script),
    factsTable: factsSectionHtml(story, script),
  };
}
