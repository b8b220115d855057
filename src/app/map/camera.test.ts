import { describe, expect, it } from 'vitest';
import type { CameraTarget } from '../../shared/model.ts';
import { cameraMove, cameraPadding, flightDuration, frameBBox, type FitBounds } from './camera.ts';

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

describe('cameraMove', () => {
  const padding = cameraPadding(800, 600);
  const target: CameraTarget = { bounds: [114.2, 37.9, 114.5, 38.3], maxZoom: 12 };
  /** Records what it was asked to fit; answers with the box's centre at zoom 10. */
  const fitted: Parameters<FitBounds>[] = [];
  const fit: FitBounds = (bounds, options) => {
    fitted.push([bounds, options]);
    return { center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], zoom: 10 };
  };

  it('fits the framed bounds, capped at the max zoom, and flies there', () => {
    fitted.length = 0;
    const move = cameraMove(target, { padding, animate: true }, fit);
    const [w, s, e, n] = frameBBox(target.bounds);
    expect(fitted).toEqual([[[w, s, e, n], { padding, maxZoom: 12, bearing: 0 }]]);
    expect(move).toEqual({
      method: 'flyTo',
      options: {
        center: [(w + e) / 2, (s + n) / 2],
        zoom: 10,
        pitch: 0,
        duration: 2000,
        essential: false,
      },
    });
  });

  it('jumps when it may not animate', () => {
    expect(cameraMove(target, { padding, animate: false }, fit)?.method).toBe('jumpTo');
  });

  it('applies a partial hint on top of the fitted camera', () => {
    const move = cameraMove(
      { ...target, hint: { zoom: 9, bearing: 20, pitch: 30 } },
      { padding, animate: false },
      fit,
    );
    expect(fitted.at(-1)?.[1].bearing).toBe(20);
    expect(move?.options).toMatchObject({ zoom: 9, pitch: 30 });
  });

  it("uses an editor's full camera as written, without fitting", () => {
    fitted.length = 0;
    const hint = { center: [114.3, 38.1] as [number, number], zoom: 11 };
    const move = cameraMove({ ...target, hint }, { padding, animate: false }, fit);
    expect(fitted).toEqual([]);
    expect(move).toEqual({
      method: 'jumpTo',
      options: { center: [114.3, 38.1], zoom: 11, bearing: 0, pitch: 0, padding },
    });
  });

  it('makes no move when the bounds cannot be fitted', () => {
    expect(cameraMove(target, { padding, animate: true }, () => undefined)).toBeUndefined();
  });
});

describe('flightDuration', () => {
  const from = { center: [114.3, 38.08] as [number, number], zoom: 10, width: 640 };

  it('is short for a hop to a neighbouring township', () => {
    const hop = flightDuration(from, { center: [114.33, 38.1], zoom: 10.5 });
    expect(hop).toBeGreaterThanOrEqual(600);
    expect(hop).toBeLessThan(1000);
  });

  it('grows with the zoom change and the distance, up to a ceiling', () => {
    const hop = flightDuration(from, { center: [114.33, 38.1], zoom: 10.5 });
    const zoomOut = flightDuration(from, { center: [114.33, 38.1], zoom: 8 });
    const wuhan = flightDuration(from, { center: [114.3, 30.6], zoom: 5 });
    expect(zoomOut).toBeGreaterThan(hop);
    expect(wuhan).toBe(2000);
  });
});
