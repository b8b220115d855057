/**
 * A thin bar across the top of the screen: how far through the article the reader is.
 * The scroll handler reads only `scrollY` and writes only a transform (no layout);
 * the article's extent is measured again only when its size changes.
 */

/** The fraction read, 0–1: where the reading line sits between the first chapter's top and the last one's end. @internal */
export function readingFraction(readingLine: number, start: number, end: number): number {
  if (end <= start) return 0;
  return Math.min(1, Math.max(0, (readingLine - start) / (end - start)));
}

/** Add the bar and keep it up to date with scrolling. */
export function createReadingProgress(
  steps: readonly HTMLElement[],
  triggerOffset: () => number,
): void {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return;
  const track = document.createElement('div');
  track.className = 'reading-progress';
  track.setAttribute('aria-hidden', 'true');
  const bar = document.createElement('div');
  bar.className = 'reading-progress-bar';
  track.append(bar);
  document.body.append(track);

  let start = 0;
  let end = 1;
  let frame = 0;
  const draw = () => {
    frame = 0;
    const line = window.scrollY + window.innerHeight * triggerOffset();
    bar.style.transform = `scaleX(${readingFraction(line, start, end)})`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const measure = () => {
    start = first.getBoundingClientRect().top + window.scrollY;
    end = last.getBoundingClientRect().bottom + window.scrollY;
    schedule();
  };
  measure();
  window.addEventListener('scroll', schedule, { passive: true });
  // Text reflows on resize and when the script switch replaces it.
  if (first.parentElement) new ResizeObserver(measure).observe(first.parentElement);
}
