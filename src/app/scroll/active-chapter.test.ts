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
  const townshipOf = (code: string) => (code.length === 12 ? code.slice(0, 9) : undefined);
  const overview = { places: ['130110100', '130110101', '130110102', '130110103', '130110202'] };
  const chapters = [
    { places: ['130110'] },
    overview,
    { places: ['130110202203'] },
    { places: ['130110202'] },
  ];

  it('is the first chapter paired with the township or a place inside it, skipping overviews', () => {
    expect(firstChapterAbout(chapters, townshipOf, '130110202')).toBe(2);
  });
  it('finds a village by its own code', () => {
    expect(firstChapterAbout(chapters, townshipOf, '130110202203')).toBe(2);
  });
  it('falls back to an overview when nothing else is about the township', () => {
    expect(firstChapterAbout(chapters, townshipOf, '130110101')).toBe(1);
  });
  it('is -1 when no chapter is about it', () => {
    expect(firstChapterAbout(chapters, townshipOf, '130110106')).toBe(-1);
  });
});
