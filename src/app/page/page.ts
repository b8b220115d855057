import { langTag, ui, type UiStringKey } from '../../shared/ui-strings.ts';
import type { PageStory, Script, ScriptText } from '../../shared/model.ts';
import { chapterHeadingsHtml, placesIndexHtml } from '../../shared/story-html.ts';
import { switchMapFigures } from './map-figures.ts';

/** Mark the current chapter for styling and assistive technology. */
export function markActiveChapter(steps: readonly HTMLElement[], index: number): void {
  steps.forEach((step, i) => {
    const isActive = i === index;
    step.classList.toggle('is-active', isActive);
    if (isActive) step.setAttribute('aria-current', 'step');
    else step.removeAttribute('aria-current');
  });
}

/**
 * Switch every word on the page to `text.script` without reloading: title, headings, chapter
 * bodies, place index and UI strings. The chapter at `anchor` keeps its place on screen.
 */
export function applyScript(
  story: PageStory,
  text: ScriptText,
  steps: readonly HTMLElement[],
  anchor?: HTMLElement,
): void {
  const before = anchor?.getBoundingClientRect().top;
  const { script } = text;

  document.documentElement.lang = langTag(script);
  document.title = story.title[script];
  setText('story-title', story.title[script]);
  setText('story-byline', story.byline[script]);
  for (const step of steps) {
    const chapter = story.chapters[Number(step.dataset.index)];
    if (!chapter) continue;
    const headings = step.querySelector('.chapter-headings');
    const body = step.querySelector('.chapter-body');
    const html = text.bodies[chapter.id];
    if (headings) headings.innerHTML = chapterHeadingsHtml(chapter, script);
    if (body && html !== undefined) body.innerHTML = html;
  }
  const places = document.getElementById('places');
  if (places) places.innerHTML = placesIndexHtml(story, script);
  switchMapFigures(story, script);
  document.querySelectorAll<HTMLElement>('[data-ui]').forEach((el) => {
    el.textContent = ui(el.dataset.ui as UiStringKey, script);
  });
  document
    .querySelector('#script-toggle [data-ui="scriptToggle"]')
    ?.setAttribute('lang', langTag(script === 'hant' ? 'hans' : 'hant'));
  document.querySelectorAll<HTMLElement>('[data-ui-label]').forEach((el) => {
    el.setAttribute('aria-label', ui(el.dataset.uiLabel as UiStringKey, script));
  });

  // Text lengths differ between scripts; hold the reader's chapter where it was.
  if (anchor && before !== undefined) {
    const after = anchor.getBoundingClientRect().top;
    window.scrollBy({ top: after - before, behavior: 'instant' });
  }
}

function setText(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

const scriptKey = 'luquan-story:script';

/** The reader's saved script choice, Traditional (as published) by default. */
export function savedScript(): Script {
  try {
    return localStorage.getItem(scriptKey) === 'hans' ? 'hans' : 'hant';
  } catch {
    return 'hant'; // storage can be blocked; the default is the published text.
  }
}

export function saveScript(script: Script): void {
  try {
    localStorage.setItem(scriptKey, script);
  } catch {
    // Not persisting is acceptable: the switch still works for this visit.
  }
}
