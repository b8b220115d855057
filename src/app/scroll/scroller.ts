import scrollama, { type DecimalType } from 'scrollama';

/** What the scroller reports: a step crossed the trigger line. It knows nothing about maps. */
export interface StepEvent {
  index: number;
  direction: 'up' | 'down';
}

export interface Scroller {
  destroy(): void;
}

/**
 * Watches `.step` elements with scrollama and reports the step that crosses the trigger
 * line (`offset`, a fraction of the viewport height from the top).
 */
export function createScroller(
  steps: readonly HTMLElement[],
  offset: DecimalType,
  onEnter: (event: StepEvent) => void,
): Scroller {
  const scroller = scrollama();
  scroller
    .setup({ step: [...steps], offset })
    .onStepEnter(({ index, direction }) => onEnter({ index, direction }));
  const onResize = () => scroller.resize();
  window.addEventListener('resize', onResize);
  return {
    destroy() {
      window.removeEventListener('resize', onResize);
      scroller.destroy();
    },
  };
}
