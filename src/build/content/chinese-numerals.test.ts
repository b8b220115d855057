import { describe, expect, it } from 'vitest';
import { findNumbers, parseChineseNumber } from './chinese-numerals.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['11689', 11689],
    ['27200', 27200],
    ['１０', 10],
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三百零七', 307],
    ['兩千', 2000],
    ['一萬', 10000],
    ['50萬', 500000],
    ['一萬二千', 12000],
    ['一億二千萬', 120000000],
    ['二〇二〇', 2020],
    ['九', 9],
  ])('%s is %d', (written, value) => {
    expect(parseChineseNumber(written)).toBe(value);
  });

  it.each(['', '萬', '元', '一x'])('%j is not a number', (written) => {
    expect(parseChineseNumber(written)).toBeUndefined();
  });
});

describe('findNumbers', () => {
  it('finds every number with its offset, Arabic, Chinese and mixed', () => {
    expect(findNumbers('捐獻8大桶84消毒液')).toEqual([
      { written: '8', value: 8, index: 2 },
      { written: '84', value: 84, index: 5 },
    ]);
    expect(findNumbers('自願捐款一萬元').map((n) => n.value)).toEqual([10000]);
    expect(findNumbers('50萬鹿泉人民').map((n) => n.value)).toEqual([500000]);
    expect(findNumbers('一辦九組').map((n) => n.value)).toEqual([1, 9]);
  });

  it('finds nothing in words without numerals', () => {
    expect(findNumbers('消毒液')).toEqual([]);
  });
});
