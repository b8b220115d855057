/**
 * The address bar follows the reader: the hash names the current chapter. Scrolling
 * replaces the entry (no flood of history); a jump a reader asks for adds one, so Back
 * returns to where they were.
 */

/** The chapter id a hash names, or null for an empty, unknown or malformed one. */
export function chapterIdFromHash(hash: string, isChapter: (id: string) => boolean): string | null {
  if (!hash.startsWith('#') || hash.length < 2) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null; // a malformed escape: ignored quietly
  }
  return isChapter(id) ? id : null;
}

/** Whether an element is on screen now (some of it inside the viewport). */
function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

/**
 * Set the hash to chapter `id` without adding a history entry. A hash that names something
 * else the reader went to (a place in the index) stays while that is still on screen.
 */
export function replaceAddress(id: string, isChapter: (id: string) => boolean): void {
  const hash = window.location.hash;
  if (hash === `#${id}`) return;
  if (hash && !chapterIdFromHash(hash, isChapter)) {
    let target: Element | null;
    try {
      target = document.getElementById(decodeURIComponent(hash.slice(1)));
    } catch {
      target = null; // malformed: nothing of the reader's to keep
    }
    if (target && onScreen(target)) return;
  }
  history.replaceState(history.state, '', `#${id}`);
}

/**
 * Add one history entry for chapter `id`. The entry left behind records where the reader
 * was: Chrome scrolls to an entry's fragment on Back once `replaceState` has changed its
 * hash, not to where the reader had scrolled (the places index, mid-chapter).
 */
export function pushAddress(id: string): void {
  if (window.location.hash === `#${id}`) return;
  history.replaceState(withScroll(history.state, window.scrollY), '');
  history.pushState(null, '', `#${id}`);
}

/** A history entry's state with the reader's scroll position added. @internal */
export function withScroll(state: unknown, scrollY: number): Record<string, unknown> {
  const base = typeof state === 'object' && state !== null ? state : {};
  return { ...base, scrollY };
}

/** The scroll position an entry's state recorded (see pushAddress), or null. */
export function savedScroll(state: unknown): number | null {
  if (typeof state !== 'object' || state === null || !('scrollY' in state)) return null;
  const { scrollY } = state;
  return typeof scrollY === 'number' && Number.isFinite(scrollY) ? scrollY : null;
}
