import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { RegionFeature } from '../../../src/shared/geo-schema.ts';
import { densePointsOf, nearestForeignKm } from './border-check.ts';
import { riverThroughLake } from './hydro.ts';
import { buildRegion, type RegionTexts } from './region.ts';
import type { RegionSources } from './region-shared.ts';
import { snapSharedBorders } from './snap-borders.ts';

const rect = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const poly = (ring: Position[]): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const line = (coords: Position[]): Feature<LineString> => ({
  type: 'Feature',
  properties: { gshhg: 'river', level: 3 },
  geometry: { type: 'LineString', coordinates: coords },
});
const collection = (features: Feature[], meta: Record<string, unknown> = {}): string =>
  JSON.stringify({ type: 'FeatureCollection', ...meta, features });

describe('snapSharedBorders', () => {
  it('gives the later of two neighbours the earlier one’s vertices along their border', () => {
    // A's east edge runs x = 0.01 with a vertex every ~110 m; B's west edge lies ~10 m
    // off it with vertices of its own, as DCW's two sides of a border do.
    const a: Position[] = [
      [0, 0],
      [0.01, 0],
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => [0.01, i / 1000]),
      [0.01, 0.01],
      [0, 0.01],
      [0, 0],
    ];
    const b: Position[] = [
      [0.0101, 0],
      [0.02, 0],
      [0.02, 0.01],
      [0.0101, 0.01],
      [0.0101, 0.0065],
      [0.0101, 0.0035],
      [0.0101, 0],
    ];
    const out = snapSharedBorders(
      [
        { key: 'A', polygons: [[a]] },
        { key: 'B', polygons: [[b]] },
      ],
      0.003,
      0,
    );
    const snappedB = out.get('B')?.[0]?.[0] ?? [];
    const onBorder = snappedB.filter((p) => (p[0] ?? 0) < 0.015);
    const aKeys = new Set(a.map((p) => p.join(',')));
    expect(onBorder.length).toBeGreaterThanOrEqual(11); // all of A's border vertices
    expect(onBorder.every((p) => aKeys.has(p.join(',')))).toBe(true);
    expect(out.get('A')?.[0]?.[0]).toEqual(a); // the first one is left alone
  });

  it('leaves vertices farther than the tolerance alone', () => {
    const a = rect(0, 0, 1, 1);
    const b = rect(1.01, 0, 2, 1); // ~1 km apart: not one border
    const out = snapSharedBorders(
      [
        { key: 'A', polygons: [[a]] },
        { key: 'B', polygons: [[b]] },
      ],
      0.003,
      0,
    );
    expect(out.get('B')?.[0]?.[0]).toEqual(b);
  });
  it('does not pull a vertex to a neighbour vertex far along a long straight edge', () => {
    const hebei = rect(113, 37, 115, 42.5); // west edge x = 113: only two vertices
    const inner = rect(109, 40, 113, 42); // its east corners lie on that edge
    const out = snapSharedBorders(
      [
        { key: 'HE', polygons: [[hebei]] },
        { key: 'NM', polygons: [[inner]] },
      ],
      0.003,
      35,
    );
    expect(out.get('NM')?.[0]?.[0]).toEqual(inner);
  });
});

describe('riverThroughLake', () => {
  const lake = poly(rect(114.2, 38.2, 114.3, 38.3));
  it('follows the pieces cut at bin edges from the shore, never a tributary or another river', () => {
    const outflow = line([
      [114.305, 38.25],
      [114.5, 38.2],
      [115, 38.1],
    ]); // starts ~440 m off shore
    const next = line([
      [116, 38.2],
      [115.5, 38.15],
      [115, 38.1],
    ]); // stored the other way round
    const tributary = line([
      [114.8, 38.5],
      [114.5, 38.2],
    ]); // joins mid-piece
    const elsewhere = line([
      [113, 37],
      [113.5, 37.2],
    ]);
    const dot = line([[115, 38.1]]); // GSHHG stores one-point pieces
    const chains = riverThroughLake([dot, tributary, next, elsewhere, outflow], lake, 1000);
    expect(chains).toEqual([
      [
        [114.305, 38.25],
        [114.5, 38.2],
        [115, 38.1],
        [115.5, 38.15],
        [116, 38.2],
      ],
    ]);
  });

  it('finds nothing when no piece ends near the shore', () => {
    expect(
      riverThroughLake(
        [
          line([
            [114.4, 38.25],
            [115, 38.1],
          ]),
        ],
        lake,
        1000,
      ),
    ).toEqual([]);
  });
});

describe('nearestForeignKm', () => {
  const foreign: FeatureCollection = {
    type: 'FeatureCollection',
    features: [poly(rect(110, 42.5, 112, 44))],
  };
  const feature = (ring: Position[]): { geometry: Polygon } => ({
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  it('is 0 for an outline running along the foreign one, even between far vertices', () => {
    // Only the corners 109 and 113 are vertices: the edge itself lies on the border.
    expect(nearestForeignKm([feature(rect(109, 41, 113, 42.5))], foreign).km).toBeLessThan(0.01);
  });
  it('measures the gap to a province cut south of the border', () => {
    const { km } = nearestForeignKm([feature(rect(109, 41, 113, 42.2))], foreign);
    expect(km).toBeGreaterThan(32);
    expect(km).toBeLessThan(35);
  });
  it('samples long edges', () => {
    expect(
      densePointsOf({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 0],
        ],
      }),
    ).toHaveLength(21);
  });
});

describe('buildRegion', () => {
  // Inner Mongolia (150000) touches a foreign country north of 42°N; Hebei (130000)
  // borders it along x = 113 and holds a lake with a river flowing out of it.
  const sources = (foreignRing: Position[]): RegionSources => ({
    provinces: {
      path: 'provinces.dcw.geojson',
      text: collection([
        { ...poly(rect(109, 40, 113, 42.5)), properties: { dcw: 'CN.NM' } },
        { ...poly(rect(113, 37, 115, 42.5)), properties: { dcw: 'CN.HE' } },
      ]),
    },
    names: {
      path: 'provinces.csv',
      text: 'dcw,code,name\nCN.HE,130000,河北省\nCN.NM,150000,内蒙古自治区\n',
    },
    hydro: {
      path: 'hydro.gshhg.geojson',
      text: collection([
        { ...poly(rect(114.2, 38.2, 114.3, 38.3)), properties: { gshhg: 'lake', level: 2 } },
        line([
          [114.3, 38.25],
          [114.6, 38.1],
          [114.9, 38.12],
        ]),
      ]),
    },
    foreign: { path: 'foreign-outlines.dcw.geojson', text: collection([poly(foreignRing)]) },
    reservoirAnchor: [114.31, 38.24],
    riverLabelNear: [114.5, 38.0],
  });
  const parse = (texts: RegionTexts): RegionFeature[] =>
    [texts.provinces, texts.water]
      .flatMap((text) => (JSON.parse(text) as FeatureCollection).features as RegionFeature[])
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const keep = ['130000', '150000'];

  it('builds provinces with names in both scripts, one outline without the cuts, river and reservoir', () => {
    const features = parse(buildRegion(sources(rect(110, 42.5, 112, 44)), keep));
    expect(features.map((f) => f.id)).toEqual([
      '130000',
      '150000',
      'huangbizhuang',
      'hutuo',
      'province-outlines',
    ]);
    const nm = features.find((f) => f.id === '150000');
    expect(nm?.properties).toMatchObject({
      kind: 'province',
      code: '150000',
      name_hans: '内蒙古自治区',
      name_hant: '內蒙古自治區',
      short_hans: '内蒙古',
      short_hant: '內蒙古',
    });
    // Cut at 42°N: nothing of it is left north of that.
    const nmLats = densePointsOf(nm?.geometry ?? { type: 'Point', coordinates: [0, 0] }).map(
      (p) => p[1] ?? 0,
    );
    expect(Math.max(...nmLats)).toBe(42);
    // The outline keeps the shared border once and the coast-like edges, but not the
    // straight cut along 42°N or the region box edges.
    const outline = features.find((f) => f.id === 'province-outlines');
    const segments =
      outline?.geometry.type === 'MultiLineString'
        ? outline.geometry.coordinates.flatMap((l) => l.slice(1).map((b, i) => [l[i], b]))
        : [];
    const horizontalAt = (lat: number) =>
      segments.filter(([a, b]) => a?.[1] === lat && b?.[1] === lat);
    expect(horizontalAt(42)).toEqual([]);
    expect(horizontalAt(42.5).length).toBeGreaterThan(0); // Hebei's own edge is drawn
    const shared = segments.filter(([a, b]) => a?.[0] === 113 && b?.[0] === 113);
    expect(shared.length).toBeGreaterThan(0);
    const keys = shared.map(([a, b]) => [a?.join(), b?.join()].sort().join(';'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(features.find((f) => f.id === 'hutuo')?.properties).toMatchObject({
      kind: 'river',
      name_hans: '滹沱河',
      name_hant: '滹沱河',
    });
    expect(features.find((f) => f.id === 'huangbizhuang')?.properties).toMatchObject({
      kind: 'reservoir',
      name_hans: '黄壁庄水库',
      name_hant: '黃壁莊水庫',
    });
  });

  it('stops when a province that is not cut touches a foreign outline', () => {
    // The same foreign country now borders Hebei (130000), which has no cut.
    expect(() => buildRegion(sources(rect(113.5, 42.5, 114.5, 44)), keep)).toThrow(
      /foreign-outlines\.dcw\.geojson: a kept vertex .* lies 0\.0 km from a foreign outline/,
    );
  });

  it('is byte-stable', () => {
    const src = sources(rect(110, 42.5, 112, 44));
    expect(buildRegion(src, keep)).toStrictEqual(buildRegion(src, keep));
  });

  it('names the DCW code missing from the names table', () => {
    const src = sources(rect(110, 42.5, 112, 44));
    src.names.text = 'dcw,code,name\nCN.HE,130000,河北省\n';
    expect(() => buildRegion(src, keep)).toThrow(
      /feature 0: DCW code "CN.NM" is not in provinces.csv/,
    );
  });
});
