import { describe, expect, it } from 'vitest';
import { readingFraction } from './progress.ts';

describe('readingFraction', () => {
  it('is how far the reading line has come between start and end', () => {
    expect(readingFraction(300, 100, 500)).toBe(0.5);
  });
  it('stays within 0 and 1 before and after the article', () => {
    expect(readingFraction(0, 100, 500)).toBe(0);
    expect(readingFraction(900, 100, 500)).toBe(1);
    expect(readingFraction(900, 500, 500)).toBe(0);
  });
});
