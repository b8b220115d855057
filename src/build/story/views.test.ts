import { describe, expect, it } from 'vitest';
import type { StoryPlace } from '../../shared/model.ts';
import { AREA_MAX_ZOOM, chapterView, POINT_MAX_ZOOM, unionBBox } from './views.ts';

const place = (bbox: StoryPlace['bbox'], resolvedAs: StoryPlace['resolvedAs']): StoryPlace => ({
  code: 'x',
  name: { hant: 'x', hans: 'x' },
  kind: 'village',
  resolvedAs,
  bbox,
  approximate: resolvedAs !== 'point',
});

describe('chapterView', () => {
  it('frames the union of the places, closer for points only', () => {
    const a = place([1, 1, 1, 1], 'point');
    const b = place([0, 2, 3, 4], 'township');
    expect(chapterView([a])).toEqual({ bounds: [1, 1, 1, 1], maxZoom: POINT_MAX_ZOOM });
    expect(chapterView([a, b], { zoom: 9 })).toEqual({
      bounds: [0, 1, 3, 4],
      maxZoom: AREA_MAX_ZOOM,
      hint: { zoom: 9 },
    });
  });

  it('has no view without places', () => {
    expect(chapterView([])).toBeUndefined();
    expect(unionBBox([])).toBeUndefined();
  });
});
