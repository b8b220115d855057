/**
 * The facts on the page, rendered at build time so they read without JavaScript: the
 * timeline strip (dated events in order of time) and the "by the numbers" section. Each
 * is written in both scripts; the copy not shown is `hidden`, and the script switch
 * (src/app/page/facts-ui.ts) swaps them, so no build-time code ships to the browser.
 */
import { escapeHtml } from '../../shared/html.ts';
import type { DateFact } from '../../shared/facts.ts';
import type { Bilingual, Script, Story } from '../../shared/model.ts';
import { langTag } from '../../shared/ui-strings.ts';
import { toHans } from '../content/script.ts';
import { factsTableHtml } from './facts-table.ts';

const both = (hant: string): Bilingual => ({ hant, hans: toHans(hant) });

/** The words of the timeline and the section (Traditional authoritative). */
export const FACTS_PAGE_STRINGS = {
  timeline: both('時間線'),
  byTheNumbers: both('數字一覽'),
  intro: both('文中標出的數字、捐贈與日期，逐一列出，連結到所在段落。'),
} satisfies Record<string, Bilingual>;

/** One stop of the timeline: a date, its lunar name if the text uses one, its chapters. */
export interface TimelineStop {
  date: string;
  lunar?: Bilingual;
  /** Ids of the chapters that mention the date, in reading order. */
  chapters: string[];
}

/** The story's dated facts as stops in order of time (ISO dates sort as text). */
export function timelineStops(chapters: Story['chapters']): TimelineStop[] {
  const stops = new Map<string, TimelineStop>();
  for (const chapter of chapters) {
    for (const fact of chapter.facts ?? []) {
      if (fact.kind !== 'date') continue;
      const stop = stops.get(fact.date) ?? { date: fact.date, chapters: [] };
      stop.lunar ??= (fact as DateFact).lunar;
      if (!stop.chapters.includes(chapter.id)) stop.chapters.push(chapter.id);
      stops.set(fact.date, stop);
    }
  }
  return [...stops.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The timeline strip in `script`: a list of links, each to the first chapter of its date. */
export function timelineHtml(story: Pick<Story, 'chapters'>, script: Script): string {
  const label = escapeHtml(FACTS_PAGE_STRINGS.timeline[script]);
  const items = timelineStops(story.chapters)
    .map((stop) => {
      const first = escapeHtml(stop.chapters[0] ?? '');
      const lunar = stop.lunar
        ? `<span class="timeline-lunar">${escapeHtml(stop.lunar[script])}</span> `
        : '';
      return (
        `<li data-chapters="${escapeHtml(stop.chapters.join(' '))}">` +
        `<a href="#${first}" data-chapter-link="${first}">${lunar}` +
        `<span class="timeline-date">${escapeHtml(stop.date)}</span></a></li>`
      );
    })
    .join('');
  return (
    `<nav class="timeline" aria-label="${label}"><span class="timeline-label" aria-hidden="true">${label}</span>` +
    `<ol class="timeline-list">${items}</ol></nav>`
  );
}

/** The "by the numbers" section in `script`: heading, one line of intro, the table. */
export function factsSectionHtml(
  story: Pick<Story, 'chapters' | 'places'>,
  script: Script,
): string {
  return (
    `<h2>${escapeHtml(FACTS_PAGE_STRINGS.byTheNumbers[script])}</h2>` +
    `<p class="facts-intro">${escapeHtml(FACTS_PAGE_STRINGS.intro[script])}</p>` +
    `<div class="facts-table-wrap">${factsTableHtml(story, script)}</div>`
  );
}

/** The parts of the page a script switch replaces whole (their other script comes as ScriptText). */
export type ScriptPart = 'timeline' | 'factsTable';

/**
 * A part in the page's one script, marked so the switch can replace it with the other
 * script's copy (src/app/page/facts-ui.ts): the page carries one copy, not both.
 */
export function inScript(part: ScriptPart, html: string, script: Script): string {
  return `<div class="script-copy" data-script-part="${part}" lang="${langTag(script)}">${html}</div>`;
}
