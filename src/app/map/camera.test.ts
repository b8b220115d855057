import { describe, expect, it } from 'vitest';
import type { CameraTarget } from '../../shared/model.ts';
import { cameraPadding, frameBBox } from '../../shared/framing.ts';
import { cameraMove, flightDuration, type FitBounds } from './camera.ts';

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
  const from = { center: [114.3, 38.08] as [number, number], zoom: 10, width: 640, height: 480 };

  it('is short for a hop to a neighbouring township, but not a jolt', () => {
    const hop = flightDuration(from, { center: [114.33, 38.1], zoom: 10.5 });
    expect(hop).toBeGreaterThanOrEqual(350);
    expect(hop).toBeLessThan(1000);
  });

  it("is MapLibre's own duration for a mid-length move (1.2 screenfuls a second)", () => {
    // Zoom change only: the path is |ln 2^Δz| / ρ screenfuls.
    const zoomOnly = flightDuration(from, { center: from.center, zoom: 12 });
    expect(zoomOnly).toBe(Math.round((1000 * (2 * Math.LN2)) / 1.42 / 1.2));
  });

  it('grows with the zoom change and the distance, up to a ceiling', () => {
    const hop = flightDuration(from, { center: [114.33, 38.1], zoom: 10.5 });
    const zoomOut = flightDuration(from, { center: [114.33, 38.1], zoom: 8 });
    const wuhan = flightDuration(from, { center: [114.3, 30.6], zoom: 5 });
    expect(zoomOut).toBeGreaterThan(hop);
    expect(wuhan).toBe(2000);
  });

  it('is 0 (a jump) for a move too small to see', () => {
    expect(flightDuration(from, { center: [114.30001, 38.08], zoom: 10.001 })).toBe(0);
  });
});
