import { contentsInnerHtml } from '../../shared/contents-html.ts';
import type { Script, PageStory } from '../../shared/model.ts';
import { chapterIdFromHash, pushAddress, replaceAddress, savedScroll } from './address.ts';
import { createContentsPanel, type ContentsPanel } from './contents.ts';
import { wireChapterKeys } from './keys.ts';
import { createReadingProgress } from './progress.ts';

/**
 * Knowing where you are in the story (issue 10): the address, the contents, reading
 * progress, and `j` / `k`. The page's composition root tells it when the chapter or the
 * script changes; it asks the root to make the chapter at the trigger line current.
 */
export interface NavigationOptions {
  story: PageStory;
  steps: readonly HTMLElement[];
  script: Script;
  reducedMotion: () => boolean;
  /** The chapter current now. */
  currentIndex: () => number;
  /** Make the chapter at the trigger line current (after a jump, without waiting for the scroller). */
  syncToScroll: () => void;
}

export interface Navigation {
  /** The current chapter changed (scrolling, a jump, a reload). */
  chapterChanged(index: number): void;
  scriptChanged(script: Script): void;
  /** Put the contents button right after the script switch, wherever that is now. */
  placeControls(): void;
  /** Go to chapter `index`, picked elsewhere (a place on the map), like a link: one history entry. */
  goTo(index: number): void;
}

/** Where the scroller's trigger line is, as a fraction of the viewport (set by main.ts). */
function triggerOffset(): number {
  return Number(document.body.dataset.triggerOffset) || 0.5;
}

/**
 * Where a chapter jumped to should start: just under the map strip on a phone (a full-width
 * map pane on top), at the top of the screen beside a map or without one, and never below
 * the trigger line (the chapter must be current). Measured, not left to CSS scroll margins.
 */
function readingStart(): number {
  const pane = document.querySelector('.map-pane')?.getBoundingClientRect();
  const strip = pane && pane.height > 0 && pane.width >= window.innerWidth - 1 ? pane.bottom : 0;
  return Math.min(strip + 8, window.innerHeight * triggerOffset() - 2);
}

/** Scroll so `step`'s top sits at `y` (viewport px). */
function scrollStepTo(step: HTMLElement, y: number, behavior: ScrollBehavior): void {
  const top = window.scrollY + step.getBoundingClientRect().top - y;
  window.scrollTo({ top: Math.ceil(top), behavior });
}

export function setUpNavigation(options: NavigationOptions): Navigation {
  const { story, steps } = options;
  const ids = new Set(story.chapters.map((c) => c.id));
  const isChapter = (id: string) => ids.has(id);
  const stepOf = (id: string) => steps.find((s) => s.dataset.chapter === id);
  const behavior = (): ScrollBehavior => (options.reducedMotion() ? 'instant' : 'smooth');

  const nav = document.getElementById('contents');
  const contents: ContentsPanel | null = nav ? createContentsPanel(nav, options.script) : null;
  const toggle = document.getElementById('script-toggle');
  const placeControls = () => {
    if (toggle) contents?.placeAfter(toggle);
  };
  placeControls();

  // The nav left the article's flow: put the chapter in the address back in view.
  const opened = chapterIdFromHash(window.location.hash, isChapter);
  const openedStep = opened ? stepOf(opened) : undefined;
  if (openedStep) scrollStepTo(openedStep, readingStart(), 'instant');

  /** Go to a chapter a reader picked (contents, places index): one history entry. */
  const jumpTo = (id: string) => {
    const step = stepOf(id);
    if (!step) return;
    pushAddress(id);
    scrollStepTo(step, readingStart(), behavior());
    step.focus({ preventScroll: true });
    if (behavior() === 'instant') options.syncToScroll();
  };
  document.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return; // a new tab or window: the browser's
    const link =
      event.target instanceof Element
        ? event.target.closest<HTMLAnchorElement>('a[data-chapter-link]')
        : null;
    const id = link?.dataset.chapterLink;
    if (!id || !isChapter(id)) return;
    event.preventDefault();
    jumpTo(id);
  });

  // Back / Forward: back where the reader was when they jumped (the browser may have gone to
  // the entry's fragment instead), and the chapter follows.
  window.addEventListener('popstate', (event) => {
    const id = chapterIdFromHash(window.location.hash, isChapter);
    const scrollY = savedScroll(event.state);
    requestAnimationFrame(() => {
      if (scrollY !== null) window.scrollTo({ top: scrollY, behavior: 'instant' });
      options.syncToScroll();
      const current = story.chapters[options.currentIndex()]?.id;
      const step = id && current !== id ? stepOf(id) : undefined;
      if (step) {
        scrollStepTo(step, readingStart(), 'instant');
        options.syncToScroll();
      }
    });
  });

  // j / k: the next chapter's start on the trigger line, where reading starts.
  let pending: number | null = null;
  wireChapterKeys((delta) => {
    const target = (pending ?? options.currentIndex()) + delta;
    const step = steps[target];
    if (!step) return;
    pending = target;
    scrollStepTo(step, window.innerHeight * triggerOffset() - 2, behavior());
    step.focus({ preventScroll: true });
    if (behavior() === 'instant') {
      pending = null;
      options.syncToScroll();
    }
  });
  window.addEventListener('scrollend', () => (pending = null));

  createReadingProgress(steps, triggerOffset);

  const renderContents = (script: Script) => {
    if (!contents) return;
    contents.nav.innerHTML = contentsInnerHtml(story, script);
    contents.nav.querySelector('.contents-keys')?.removeAttribute('hidden');
    const current = story.chapters[options.currentIndex()]?.id;
    if (current) contents.markCurrent(current);
  };
  // The build wrote the contents in the published script.
  if (options.script !== 'hant') renderContents(options.script);

  let started = false;
  return {
    chapterChanged(index) {
      const id = story.chapters[index]?.id;
      if (!id) return;
      contents?.markCurrent(id);
      // The first chapter on load is the address's (or the top): nothing to write.
      if (started) replaceAddress(id, isChapter);
      started = true;
    },
    scriptChanged: renderContents,
    placeControls,
    goTo(index) {
      const id = story.chapters[index]?.id;
      if (id) jumpTo(id);
    },
  };
}
