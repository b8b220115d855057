import scrollama, { type DecimalType } from 'scrollama';

export interface Scroller {
  destroy(): void;
}

/**
 * Watches `.step` elements with scrollama and calls `onCross` when a step crosses the
 * trigger line (`offset`, a fraction of the viewport height from the top). It reports
 * that something crossed, not which step: scrollama reads only the first of the records
 * an IntersectionObserver hands over at once, and a busy page gets them late and batched
 * (a step's "entered" and "left" together), so its step index can be stale. The caller
 * looks at the layout as it is now (`chapterAtTrigger`).
 */
export function createScroller(
  steps: readonly HTMLElement[],
  offset: DecimalType,
  onCross: () => void,
): Scroller {
  const scroller = scrollama();
  scroller.setup({ step: [...steps], offset }).onStepEnter(() => onCross());
  const onResize = () => scroller.resize();
  window.addEventListener('resize', onResize);
  return {
    destroy() {
      window.removeEventListener('resize', onResize);
      scroller.destroy();
    },
  };
}
