import { describe, expect, it } from 'vitest';
import { bboxContains, cameraPadding, frameBBox, padBBox, pointSpanDegrees } from './camera.ts';

describe('frameBBox', () => {
  it('grows a point into a box of the minimum span centred on it', () => {
    const [w, s, e, n] = frameBBox([114.3, 38.1, 114.3, 38.1]);
    expect(e - w).toBeCloseTo(pointSpanDegrees, 9);
    expect(n - s).toBeCloseTo(pointSpanDegrees, 9);
    expect((w + e) / 2).toBeCloseTo(114.3, 9);
    expect((s + n) / 2).toBeCloseTo(38.1, 9);
  });

  it('leaves a margin around an area and keeps it inside', () => {
    const area = [114.2, 37.9, 114.5, 38.3] as const;
    const framed = frameBBox([...area]);
    expect(framed[0]).toBeLessThan(area[0]);
    expect(framed[2]).toBeGreaterThan(area[2]);
    expect(bboxContains(framed, area[0], area[1])).toBe(true);
    expect(bboxContains(framed, area[2], area[3])).toBe(true);
  });
});

describe('padBBox', () => {
  it('does not shrink a box already wider than the minimum', () => {
    expect(padBBox([0, 0, 2, 1], 0.5)).toEqual([0, 0, 2, 1]);
  });
});

describe('cameraPadding', () => {
  it('keeps room below for labels that hang under dots', () => {
    const p = cameraPadding(390, 354);
    expect(p.bottom).toBeGreaterThan(p.top);
    expect(p.left).toBeGreaterThanOrEqual(16);
  });
  it('never lets padding eat most of a small map', () => {
    const p = cameraPadding(320, 300);
    expect(p.top + p.bottom).toBeLessThan(300 / 2);
    expect(p.left + p.right).toBeLessThan(320 / 2);
  });
});
