import { describe, expect, it } from 'vitest';
import { median, percentile, ratio, summarize, totalBlockingTime } from './stats.ts';

describe('percentile', () => {
  it('interpolates between ranks and ignores input order', () => {
    expect(percentile([40, 10, 30, 20], 50)).toBe(25);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8);
    expect(percentile([7], 95)).toBe(7);
  });
  it('is null for no samples', () => {
    expect(percentile([], 50)).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('summarize', () => {
  it('skips unmeasured runs', () => {
    expect(summarize([3, null, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(summarize([null])).toEqual({ median: null, min: null, max: null, n: 0 });
  });
});

describe('ratio', () => {
  it('divides project by baseline, null when it cannot', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
  });
});

describe('totalBlockingTime', () => {
  it('counts what exceeds 50 ms, clipped to the window', () => {
    const tasks: [number, number][] = [
      [0, 200], // 100..200 inside: 100 ms → 50 blocking
      [300, 40], // short task: none
      [500, 120], // 70 blocking
      [900, 300], // 900..1000 inside: 100 ms → 50 blocking
    ];
    expect(totalBlockingTime(tasks, 100, 1000)).toBe(170);
  });
});
