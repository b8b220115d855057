/**
 * `j` / `k`: next / previous chapter, as in many readers. Never while the reader types
 * or holds a modifier (browser and system shortcuts stay theirs); other keys untouched.
 */

/** Whether focus is somewhere keys type into. @internal */
export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'range', 'color'].includes(
      element.type,
    );
  return false;
}

/** The fields of a key event that decide whether it moves by chapter. */
export type ChapterKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'defaultPrevented'
>;

/** +1 for `j`, -1 for `k`, 0 for anything else or with a modifier held. @internal */
export function chapterStep(event: ChapterKeyEvent): -1 | 0 | 1 {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return 0;
  if (event.isComposing || event.defaultPrevented) return 0;
  if (event.key === 'j') return 1;
  if (event.key === 'k') return -1;
  return 0;
}

/** Call `move` with +1 / -1 when the reader presses `j` / `k` outside a text field. */
export function wireChapterKeys(move: (step: 1 | -1) => void): void {
  document.addEventListener('keydown', (event) => {
    const step = chapterStep(event);
    if (step === 0 || isTextEntry(document.activeElement)) return;
    event.preventDefault();
    move(step);
  });
}
