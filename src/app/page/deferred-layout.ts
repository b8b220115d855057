/**
 * The article's sections past its opening are laid out after the first paint, not before
 * it. The HTML marks the root `layout-pending`; while it is, story.css gives those sections
 * `content-visibility: auto`, so the first layout covers about a screenful. After the first
 * paint they are laid out in order, one an idle moment (a phone lays out a chapter in tens
 * of milliseconds, the whole article in about half a second), and all at once before
 * anything that needs every section's real position: a reader's click or key (a jump, a
 * link), history navigation, printing.
 */
import { afterFirstPaint } from './first-paint.ts';

const pendingClass = 'layout-pending';
/** Marks a section already laid out while others still wait. */
const laidOutClass = 'laid-out';
const layOutAllOn = ['click', 'keydown', 'popstate', 'hashchange', 'beforeprint'] as const;

function pending(): boolean {
  return document.documentElement.classList.contains(pendingClass);
}

/** Lay every section out now (idempotent). */
function layOutAll(): void {
  if (!pending()) return;
  document.documentElement.classList.remove(pendingClass);
  for (const type of layOutAllOn) window.removeEventListener(type, layOutAll, true);
}

/**
 * Lay the waiting sections out one a frame once the text has painted. A reload or a return
 * (the browser restores a scroll position) and an address with a fragment (it scrolls to
 * the target) need real positions from the start, so those lay everything out at once.
 */
export function layOutAfterFirstPaint(article: HTMLElement | null): void {
  if (!pending()) return;
  const navigation = performance.getEntriesByType('navigation')[0];
  const type = navigation instanceof PerformanceNavigationTiming ? navigation.type : 'navigate';
  if (!article || window.location.hash || type === 'reload' || type === 'back_forward') {
    layOutAll();
    return;
  }
  for (const type of layOutAllOn) window.addEventListener(type, layOutAll, true);
  void afterFirstPaint().then(() => {
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
  if ('requestIdleCallback' in window) requestIdleCallback(callback);
  else setTimeout(callback, 16);
}
