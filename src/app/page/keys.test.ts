import { describe, expect, it } from 'vitest';
import { chapterStep, type ChapterKeyEvent } from './keys.ts';

const press = (key: string, extra: Partial<ChapterKeyEvent> = {}): ChapterKeyEvent => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  defaultPrevented: false,
  ...extra,
});

describe('chapterStep', () => {
  it('is +1 for j and -1 for k', () => {
    expect(chapterStep(press('j'))).toBe(1);
    expect(chapterStep(press('k'))).toBe(-1);
  });
  it('ignores other keys, including the native scrolling ones', () => {
    for (const key of ['J', 'ArrowDown', 'PageDown', ' ', 'Home', 'End'])
      expect(chapterStep(press(key))).toBe(0);
  });
  it('does nothing with a modifier held, while composing or when already handled', () => {
    for (const modifier of [
      'ctrlKey',
      'metaKey',
      'altKey',
      'shiftKey',
      'isComposing',
      'defaultPrevented',
    ] as const)
      expect(chapterStep(press('j', { [modifier]: true }))).toBe(0);
  });
});
