/**
 * What the region steps (region.ts: provinces; region-water.ts: river and reservoir) share:
 * their sources, their tunables, parsing, rounding and label placement.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centroid from '@turf/centroid';
import { polygon } from '@turf/helpers';
import pointOnFeature from '@turf/point-on-feature';
import type { FeatureCollection, Position } from 'geojson';
import type { LngLat } from '../../../src/shared/geo-schema.ts';
import { SourceError } from './errors.ts';
import { bboxOf, removeRepeats } from './geometry.ts';
import { metresToLine } from './hydro.ts';

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

/** Tunables of the region steps, in one place (REGION.md names the same numbers). */
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

export function parseCollection(file: TextFile): FeatureCollection {
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
export const roundLine = (line: Position[], decimals: number): Position[] =>
  removeRepeats(line.map((p) => [round(p[0] ?? NaN, decimals), round(p[1] ?? NaN, decimals)]));

/**
 * A point well inside the largest part, for its name: of a 24 × 24 grid of candidates
 * (and the centroid), the one inside the part farthest from its edges. Centroids of
 * provinces wrapped around others (Hebei around Beijing and Tianjin) fall near a border.
 */
export function labelPoint(polys: Position[][][], decimals: number): LngLat {
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
