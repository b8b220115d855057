/**
 * Shared step: the county, prefecture and district outlines in WGS84, cleaned and
 * simplified together. context.geojson draws them; townships.geojson partitions the
 * district outline.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { featureCollection } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { rewind } from '@turf/rewind';
import { union } from '@turf/union';
import { DISTRICT_CODE } from '../../../src/shared/codes.ts';
import { polygonToWgs84 } from './crs.ts';
import { SourceError } from './errors.ts';
import { fromPolygons, polygonsOf, removeSpikes, roundGeometry } from './geometry.ts';
import type { OutlineFeature } from './outline-source.ts';
import { simplifyShared } from './topology.ts';

type Areal = Polygon | MultiPolygon;

/**
 * Douglas–Peucker tolerances, in degrees of latitude (1e-4° ≈ 11 m). Arcs of
 * Luquan's own border keep ~35 m detail so the crescent and township edges look
 * right up to zoom 12; other borders only need to look right at zoom 8–11.
 * Recorded in geo/SOURCES.md (CC BY 4.0 asks us to say what changed).
 */
const SIMPLIFY_TOLERANCE = { luquan: 0.0003, other: 0.0015 } as const;

/**
 * Reference latitude (°N) for simplification: degrees of longitude are scaled by its
 * cosine so the tolerance is about the same distance east–west as north–south.
 * 38.05° is the latitude of Luquan and Shijiazhuang (the district spans 37.89–38.27°N,
 * the Shijiazhuang centre point is at 38.04°N); one fixed value, rather than each
 * outline's own, keeps a shared border simplified the same way on both sides.
 * Changing it moves vertices, so the committed outputs change.
 */
const SIMPLIFY_REFERENCE_LATITUDE = 38.05;

/** An outline ready to draw: WGS84, spikes removed, simplified, right-hand rule. */
export interface Wgs84Outline extends Omit<OutlineFeature, 'geometry'> {
  geometry: Areal;
}

/** The outlines in WGS84, the district's own, and notes for the CLI to print. */
export interface Outlines {
  /** In the order of the source file. */
  outlines: Wgs84Outline[];
  district: Areal;
  notes: string[];
}

const vertexCount = (g: Areal): number =>
  polygonsOf(g).reduce((a, p) => a + p.reduce((b, r) => b + r.length, 0), 0);

/**
 * GCJ-02 → WGS84 (every vertex, once), spikes removed, and any self-intersection the
 * quantised source or the rounding produced repaired by a union with itself.
 */
function cleanOutline(o: OutlineFeature, path: string, notes: string[]): Wgs84Outline {
  const wgs = polygonToWgs84(o.geometry);
  const geometry = fromPolygons(
    polygonsOf(wgs).map((poly) => poly.map(removeSpikes).filter((r) => r.length >= 4)),
  );
  const found = kinks(geometry).features.length;
  if (found === 0) return { ...o, geometry };
  // A union of the outline with itself re-nodes it (turf's union needs two features).
  const self = { type: 'Feature' as const, properties: {}, geometry };
  const repaired = union(featureCollection([self, self]));
  if (!repaired) {
    throw new SourceError(path, undefined, `${o.code}: outline is empty after repair`);
  }
  notes.push(`${o.code}: repaired ${found} self-intersection(s)`);
  return { ...o, geometry: roundGeometry(repaired.geometry) };
}

/**
 * Converts, cleans and simplifies all outlines. They are simplified together so a
 * border two outlines share stays shared (see topology.ts).
 *
 * @param path - the outlines file, named in messages
 * @throws SourceError if the district outline is missing or simplification breaks an outline
 */
export function wgs84Outlines(sourceOutlines: readonly OutlineFeature[], path: string): Outlines {
  const notes: string[] = [];
  const cleaned = sourceOutlines.map((o) => cleanOutline(o, path, notes));
  const simplified = simplifyShared(
    cleaned.map((o) => ({ key: o.code, geometry: o.geometry })),
    (sharedBy) =>
      sharedBy.includes(DISTRICT_CODE) ? SIMPLIFY_TOLERANCE.luquan : SIMPLIFY_TOLERANCE.other,
    SIMPLIFY_REFERENCE_LATITUDE,
  );
  const outlines = cleaned.map((o) => {
    const g = simplified.get(o.code) ?? o.geometry;
    const k = kinks(g).features.length;
    if (k > 0) {
      throw new SourceError(
        path,
        undefined,
        `${o.code}: simplification created ${k} self-intersection(s) — lower SIMPLIFY_TOLERANCE in geo/scripts/lib/outlines.ts or check the outline`,
      );
    }
    notes.push(`${o.code}: ${vertexCount(o.geometry)} → ${vertexCount(g)} vertices`);
    return { ...o, geometry: rewind(g) as Areal };
  });
  const district = outlines.find((o) => o.code === DISTRICT_CODE);
  if (!district) throw new SourceError(path, undefined, `no outline for ${DISTRICT_CODE}`);
  return { outlines, district: district.geometry, notes };
}
