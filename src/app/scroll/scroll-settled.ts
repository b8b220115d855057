/**
 * Call `callback` each time the page's scrolling comes to rest. The scroller (scrollama)
 * reports steps that cross the trigger line; a jump straight past every step (End, a
 * dragged scrollbar, a link into the places index) crosses none at any frame it sees, so
 * the page checks again where it came to rest.
 *
 * @param quietMs - without `scrollend` (older Safari), how long scrolling must pause
 * @returns a function that stops listening
 */
export function onScrollSettled(callback: () => void, quietMs = 150): () => void {
  // Kept apart from the test so TypeScript (whose DOM types always have it) does not narrow.
  const hasScrollEnd = 'onscrollend' in window;
  if (hasScrollEnd) {
    window.addEventListener('scrollend', callback);
    return () => window.removeEventListener('scrollend', callback);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    clearTimeout(timer);
    timer = setTimeout(callback, quietMs);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    clearTimeout(timer);
    window.removeEventListener('scroll', onScroll);
  };
}
