import { describe, expect, it } from 'vitest';
import type { ResolvedPlace } from '../../shared/model.ts';
import { AREA_MAX_ZOOM, cameraTarget, POINT_MAX_ZOOM } from './camera.ts';

const place = (
  bbox: ResolvedPlace['bbox'],
  resolvedAs: ResolvedPlace['resolvedAs'],
): ResolvedPlace => ({
  code: 'x',
  name: { hant: 'x', hans: 'x' },
  kind: 'village',
  resolvedAs,
  bbox,
  approximate: resolvedAs !== 'point',
});

describe('cameraTarget', () => {
  it('frames the union of the places, closer for points only', () => {
    const a = place([1, 1, 1, 1], 'point');
    const b = place([0, 2, 3, 4], 'township');
    expect(cameraTarget([a])).toEqual({ bounds: [1, 1, 1, 1], maxZoom: POINT_MAX_ZOOM });
    expect(cameraTarget([a, b], { zoom: 9 })).toEqual({
      bounds: [0, 1, 3, 4],
      maxZoom: AREA_MAX_ZOOM,
      hint: { zoom: 9 },
    });
  });

  it('has no view without places', () => {
    expect(cameraTarget([])).toBeUndefined();
  });
});
