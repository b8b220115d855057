import { describe, expect, it } from 'vitest';
import { chapterIdFromHash, savedScroll, withScroll } from './address.ts';

const isChapter = (id: string) => ['lede', 'closing', '裴村'].includes(id);

describe('chapterIdFromHash', () => {
  it('is the chapter a hash names', () => {
    expect(chapterIdFromHash('#closing', isChapter)).toBe('closing');
    expect(chapterIdFromHash('#%E8%A3%B4%E6%9D%91', isChapter)).toBe('裴村');
  });
  it('ignores empty, unknown and malformed hashes', () => {
    expect(chapterIdFromHash('', isChapter)).toBeNull();
    expect(chapterIdFromHash('#', isChapter)).toBeNull();
    expect(chapterIdFromHash('#place-130110202', isChapter)).toBeNull();
    expect(chapterIdFromHash('#%E0%A4%A', isChapter)).toBeNull();
  });
});

describe('the scroll position kept in a history entry', () => {
  it('is added to whatever state the entry had, and read back', () => {
    expect(withScroll(null, 1200)).toEqual({ scrollY: 1200 });
    expect(withScroll({ other: 1 }, 40)).toEqual({ other: 1, scrollY: 40 });
    expect(savedScroll(withScroll({ other: 1 }, 40))).toBe(40);
  });
  it('is null when the entry recorded none or something else', () => {
    expect(savedScroll(null)).toBeNull();
    expect(savedScroll('x')).toBeNull();
    expect(savedScroll({ scrollY: '12' })).toBeNull();
    expect(savedScroll({ scrollY: Number.NaN })).toBeNull();
  });
});
