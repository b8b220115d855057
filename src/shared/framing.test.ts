import { describe, expect, it } from 'vitest';
import { cameraPadding, frameBBox } from './framing.ts';

const contains = (outer: number[], lon: number, lat: number) =>
  lon >= outer[0]! && lon <= outer[2]! && lat >= outer[1]! && lat <= outer[3]!;

describe('frameBBox', () => {
  it('grows a point into a square box (about 8 km) centred on it', () => {
    const [w, s, e, n] = frameBBox([114.3, 38.1, 114.3, 38.1]);
    expect(e - w).toBeGreaterThan(0.05);
    expect(e - w).toBeLessThan(0.1);
    expect(n - s).toBeCloseTo(e - w, 9);
    expect((w + e) / 2).toBeCloseTo(114.3, 9);
    expect((s + n) / 2).toBeCloseTo(38.1, 9);
  });

  it('leaves a margin around an area and keeps it inside', () => {
    const area = [114.2, 37.9, 114.5, 38.3] as const;
    const framed = frameBBox([...area]);
    expect(framed[0]).toBeLessThan(area[0]);
    expect(framed[2]).toBeGreaterThan(area[2]);
    expect(contains(framed, area[0], area[1])).toBe(true);
    expect(contains(framed, area[2], area[3])).toBe(true);
  });

  it('adds only the margin to a box already wider than the minimum', () => {
    const [w, s, e, n] = frameBBox([0, 0, 2, 1]);
    expect([w, s, e, n].map((x) => Math.round(x * 100) / 100)).toEqual([-0.24, -0.12, 2.24, 1.12]);
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
