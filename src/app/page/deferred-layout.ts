/**
 * The article's sections past its opening are laid out after the first paint, not before
 * it. The HTML marks the root `layout-pending`; while it is, story.css gives those sections
 * `content-visibility: auto`, so the first layout covers about a screenful. After the first
 * paint they are laid out in order, one per idle callback (a phone lays out a chapter in
 * tens of milliseconds, the whole article in about half a second), and all at once before
 * anything that needs every section's real position: a reader's click or key (a jump, a
 * link), a scroll of more than a screen (the scrollbar, a fling), history navigation,
 * printing.
 */
import { afterFirstPaint } from './first-paint.ts';

const pendingClass = 'layout-pending';
/** Marks a section already laid out while others still wait (inert once the root's class goes). */
const laidOutClass = 'laid-out';
const layOutAllOn = ['click', 'keydown', 'popstate', 'hashchange', 'beforeprint'] as const;
/** The longest a waiting section waits for an idle moment (the map's loading leaves few). */
const idleTimeoutMs = 500;

function pending(): boolean {
  return document.documentElement.classList.contains(pendingClass);
}

/** A scroll past the first screen reaches sections still sized by estimate. */
function onScroll(): void {
  if (window.scrollY > window.innerHeight) layOutAll();
}

/** Lay every section out now (idempotent). */
function layOutAll(): void {
  if (!pending()) return;
  document.documentElement.classList.remove(pendingClass);
  for (const eventType of layOutAllOn) window.removeEventListener(eventType, layOutAll, true);
  window.removeEventListener('scroll', onScroll);
}

/**
 * Lay the waiting sections out one by one once the text has painted. A reload or a return
 * (the browser restores a scroll position) and an address with a fragment (it scrolls to
 * the target) need real positions from the start, so those lay everything out at once.
 */
export function layOutAfterFirstPaint(article: HTMLElement | null): void {
  if (!pending()) return;
  const navigation = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  const navigationType = navigation?.type ?? 'navigate';
  if (
    !article ||
    window.location.hash ||
    navigationType === 'reload' ||
    navigationType === 'back_forward'
  ) {
    layOutAll();
    return;
  }
  for (const eventType of layOutAllOn) window.addEventListener(eventType, layOutAll, true);
  window.addEventListener('scroll', onScroll, { passive: true });
  void afterFirstPaint().then(() => {
    // Already away from the top (a text fragment the address does not show, say): at once.
    if (window.scrollY > 0) {
      layOutAll();
      return;
    }
    // The sections story.css defers: whatever it says, in reading order.
    const waiting = [...article.children].filter(
      (el) => getComputedStyle(el).contentVisibility === 'auto',
    );
    const next = () => {
      const section = waiting.shift();
      if (!section || !pending()) {
        layOutAll();
        return;
      }
      section.classList.add(laidOutClass);
      // Laid out here, in a task of its own, not in the next frame with the map's drawing.
      section.getBoundingClientRect();
      whenIdle(next);
    };
    whenIdle(next);
  });
}

/** Run `callback` when the main thread is idle (soon after, where browsers cannot tell). */
function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(callback, { timeout: idleTimeoutMs });
  else setTimeout(callback, 16);
}
