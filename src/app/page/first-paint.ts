/**
 * When the article's first paint has reached the screen. The map's WebGL context is made
 * only after it: the GPU process does one thing at a time, and a context made earlier
 * (with its shaders) queues in front of the text's own paint and holds it back (seen in
 * traces as `firstContentfulPaint` waiting for the GPU, about 0.6–2 s under software GL).
 */

/** Longest wait: a page that never paints (a background tab) still gets its map. */
const longestWaitMs = 3000;

/** One wait per page, however many modules ask. */
let firstPaint: Promise<void> | null = null;

/**
 * Resolves once the first contentful paint has been presented, or after `longestWaitMs`.
 * Where the browser does not report paints, after the next two animation frames.
 */
export function afterFirstPaint(): Promise<void> {
  firstPaint ??= new Promise((resolve) => {
    const supported = globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint');
    if (!supported) {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      return;
    }
    const timer = setTimeout(done, longestWaitMs);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    function done(): void {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
  return firstPaint;
}
