import { describe, expect, it } from 'vitest';
import { chapterAtTrigger, firstChapterAbout } from './active-chapter.ts';

describe('chapterAtTrigger', () => {
  it('is the first chapter before any step reaches the trigger line', () => {
    expect(chapterAtTrigger([500, 1200, 1900], 400)).toBe(0);
  });
  it('is the last step whose top has passed the line', () => {
    expect(chapterAtTrigger([-900, -200, 300, 1100], 400)).toBe(2);
  });
  it('lands on the right chapter after skipping many at once', () => {
    expect(chapterAtTrigger([-5000, -4000, -3000, -10, 900], 480)).toBe(3);
  });
});

describe('firstChapterAbout', () => {
  const chapters = [
    { places: ['130110'] },
    { places: ['130110202203'] },
    { places: ['130110202'] },
  ];
  const townshipOf = (code: string) => (code.length === 12 ? code.slice(0, 9) : undefined);
  it('prefers a chapter paired with the township itself', () => {
    expect(firstChapterAbout(chapters, townshipOf, '130110202')).toBe(2);
  });
  it('falls back to a chapter about a place inside the township', () => {
    expect(firstChapterAbout([chapters[0]!, chapters[1]!], townshipOf, '130110202')).toBe(1);
  });
  it('is -1 when no chapter is about it', () => {
    expect(firstChapterAbout(chapters, townshipOf, '130110106')).toBe(-1);
  });
});
