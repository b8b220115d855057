import { describe, expect, it } from 'vitest';
import { chapterIdFromHash } from './address.ts';

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
