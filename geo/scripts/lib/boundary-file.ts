import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { kinks } from '@turf/kinks';
import { isCrs, isPolygonal, polygonToWgs84, round6, type Crs } from './crs.ts';
import { SourceError } from './errors.ts';
import { fromPolygons, polygonsOf, removeSpikes } from './geometry.ts';
import type { SourceText } from './sources.ts';

/**
 * Name of the optional drop-in file under geo/sources/. When it exists the build uses
 * its polygons instead of deriving those townships' areas (geo/README.md, "Dropping in
 * real township boundaries").
 */
export const BOUNDARY_FILE_NAME = 'township-boundaries.geojson';

/** One township polygon from the drop-in file, validated and converted to WGS84. */
export interface SuppliedBoundary {
  /** Index in the file's `features` array, for messages. */
  index: number;
  code: string;
  /** The feature's own `source` text (where the polygon came from). */
  source: string;
  /** The feature's own `licence` text. */
  licence: string;
  /** The file's `crs_label`, to say in `method` whether it was converted. */
  crs: Crs;
  /** WGS84, rounded to 6 decimals, spikes removed; not yet clipped to the district. */
  geometry: Polygon | MultiPolygon;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** True when every ring is a closed list of at least 4 numeric positions. */
function wellFormed(g: Polygon | MultiPolygon): boolean {
  const polys: unknown = g.coordinates;
  if (!Array.isArray(polys) || polys.length === 0) return false;
  return polygonsOf(g).every(
    (poly) =>
      Array.isArray(poly) &&
      poly.length > 0 &&
      poly.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition)),
  );
}

/**
 * Parses and checks the drop-in township boundary file, feature by feature, and
 * converts it to WGS84 (GCJ-02 with gcoord, like the outlines; WGS84 is only rounded).
 * Only what one file can tell is checked here; the district-level checks (outside the
 * outline, overlaps) are in boundary-fit.ts.
 *
 * @param townshipCodes the 9-digit codes of townships.csv; any other code is rejected
 * @returns one entry per feature, in file order
 * @throws SourceError naming the file and feature index of the first problem
 */
export function parseBoundaryFile(
  src: SourceText,
  townshipCodes: ReadonlySet<string>,
): SuppliedBoundary[] {
  const fail = (message: string): never => {
    throw new SourceError(src.path, undefined, message);
  };
  let json: unknown;
  try {
    json = JSON.parse(src.text);
  } catch (e) {
    return fail(`invalid JSON (${(e as Error).message})`);
  }
  const fc = json as FeatureCollection & { crs_label?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return fail('not a GeoJSON FeatureCollection');
  }
  // Required, not guessed: a WGS84 file read as GCJ-02 (or the reverse) is shifted by
  // ~500 m, which no later check would notice.
  const label = fc.crs_label;
  if (label === undefined) {
    return fail('missing top-level "crs_label" — set it to "WGS84" or "GCJ-02"');
  }
  if (typeof label !== 'string' || !isCrs(label)) {
    return fail(`unknown crs_label ${JSON.stringify(label)} — it must be "WGS84" or "GCJ-02"`);
  }
  const crs = label;
  const seen = new Map<string, number>();
  return fc.features.map((f, index) => {
    const props = f?.properties ?? {};
    const code: unknown = props['code'];
    if (typeof code !== 'string' || !townshipCodes.has(code)) {
      return fail(
        `feature ${index}: unknown code ${JSON.stringify(code ?? null)} — it must be one of the 9-digit codes in townships.csv (as a string)`,
      );
    }
    const where = `feature ${index} (${code})`;
    const earlier = seen.get(code);
    if (earlier !== undefined) return fail(`${where}: duplicate code, also feature ${earlier}`);
    seen.set(code, index);
    for (const key of ['source', 'licence'] as const) {
      const value: unknown = props[key];
      if (typeof value !== 'string' || value.trim() === '') {
        fail(
          `${where}: missing "${key}" property — say where the polygon came from and under which licence`,
        );
      }
    }
    const geometry = f.geometry;
    if (!isPolygonal(geometry)) {
      return fail(`${where}: geometry is ${geometry?.type ?? 'null'}, not a Polygon/MultiPolygon`);
    }
    if (!wellFormed(geometry)) {
      return fail(`${where}: every ring needs at least 4 [lon, lat] number positions`);
    }
    // Checked on the coordinates as written, so the position in the message can be
    // found in the file.
    const crossings = kinks(geometry).features;
    const first = crossings[0]?.geometry.coordinates;
    if (first) {
      return fail(
        `${where}: self-intersection at ${round6(first[0] ?? NaN)},${round6(first[1] ?? NaN)} (${crossings.length} in all) — fix the polygon`,
      );
    }
    const wgs = polygonToWgs84(geometry, crs);
    // Same cleaning as the outlines: spikes from quantised sources break clipping.
    // A polygon whose outer ring collapses is dropped with its holes.
    const polys = polygonsOf(wgs)
      .map((poly) => poly.map(removeSpikes))
      .filter((poly) => (poly[0]?.length ?? 0) >= 4)
      .map((poly) => poly.filter((r) => r.length >= 4));
    if (polys.length === 0) return fail(`${where}: the polygon has no area`);
    return {
      index,
      code,
      source: String(props['source']).trim(),
      licence: String(props['licence']).trim(),
      crs,
      geometry: fromPolygons(polys),
    };
  });
}
