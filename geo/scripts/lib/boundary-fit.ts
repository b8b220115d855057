import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/area';
import { cleanCoords } from '@turf/clean-coords';
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { rewind } from '@turf/rewind';
import { union } from '@turf/union';
import type { SuppliedBoundary } from './boundary-file.ts';
import { SourceError } from './errors.ts';
import { fromPolygons, polygonsOf, roundGeometry } from './geometry.ts';

type Areal = Polygon | MultiPolygon;

/** Largest share of a supplied polygon's area that may lie outside the district outline. @internal */
export const MAX_OUTSIDE_SHARE = 0.01;

/** Largest overlap between two supplied polygons, in km², treated as digitising slop. @internal */
export const MAX_OVERLAP_KM2 = 0.01;

/**
 * Parts of the uncovered district smaller than this (km²) are slivers between the
 * supplied polygons and the simplified outline, not land of a missing township; they
 * are dropped rather than handed to whichever township's point happens to be nearest.
 * @internal
 */
export const SLIVER_KM2 = 0.25;

/** The supplied polygons fitted to the district, and what is left for the derived areas. */
export interface FittedBoundaries {
  /** One clipped geometry per supplied township code. */
  areas: Map<string, Areal>;
  /** The district minus the supplied polygons, slivers dropped; null when nothing is left. */
  remainder: Areal | null;
  /** What was trimmed, for the build to print. */
  notes: string[];
}

const asFeature = (geometry: Areal): Feature<Areal> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

const km2 = (g: Feature<Areal> | null): number => (g ? area(g) / 1e6 : 0);

/** Rounds, drops repeated vertices and rewinds to the right-hand rule, like the derived areas. */
function finish(g: Areal): Areal {
  return rewind(cleanCoords(roundGeometry(g)) as Areal) as Areal;
}

/**
 * Fits the supplied township polygons to the (simplified) district outline: checks
 * that each lies inside it and that they do not overlap, clips them to it, and returns
 * the rest of the district for the derived areas.
 *
 * Small slop is expected (the outline is simplified, the file was drawn elsewhere):
 * up to {@link MAX_OUTSIDE_SHARE} outside the outline is clipped away, and overlaps up
 * to {@link MAX_OVERLAP_KM2} go to the township with the lower code, so the output still
 * tiles. Anything larger is an error, because it means a wrong CRS, a wrong code or
 * a wrong file rather than slop.
 *
 * @param path the drop-in file, named in error messages
 * @throws SourceError naming the file and feature index
 */
export function fitBoundaries(
  supplied: readonly SuppliedBoundary[],
  district: Areal,
  path: string,
): FittedBoundaries {
  const notes: string[] = [];
  const districtFeature = asFeature(district);
  const label = (s: SuppliedBoundary) => `feature ${s.index} (${s.code})`;

  const clipped = supplied.map((s) => {
    const own = asFeature(s.geometry);
    const outside = km2(difference(featureCollection([own, districtFeature])));
    const share = outside / km2(own);
    if (!(share <= MAX_OUTSIDE_SHARE)) {
      throw new SourceError(
        path,
        undefined,
        `${label(s)}: ${(share * 100).toFixed(1)} % of its area lies outside the district outline (at most ${MAX_OUTSIDE_SHARE * 100} % is allowed) — wrong crs_label, or not this township's polygon?`,
      );
    }
    const inside = intersect(featureCollection([own, districtFeature]));
    return { s, geometry: inside?.geometry ?? null };
  });

  for (let i = 0; i < clipped.length; i++) {
    for (let j = i + 1; j < clipped.length; j++) {
      const a = clipped[i];
      const b = clipped[j];
      if (!a?.geometry || !b?.geometry) continue;
      const overlap = intersect(featureCollection([asFeature(a.geometry), asFeature(b.geometry)]));
      const size = km2(overlap);
      if (size > MAX_OVERLAP_KM2) {
        throw new SourceError(
          path,
          undefined,
          `${label(b.s)}: overlaps ${label(a.s)} by ${size.toFixed(2)} km² (at most ${MAX_OVERLAP_KM2} km² is allowed)`,
        );
      }
    }
  }

  // Lower code first; each later polygon loses what an earlier one already covers.
  const areas = new Map<string, Areal>();
  const byCode = [...clipped].sort((a, b) => (a.s.code < b.s.code ? -1 : 1));
  let covered: Feature<Areal> | null = null;
  for (const { s, geometry } of byCode) {
    if (!geometry) continue;
    let own: Feature<Areal> | null = asFeature(geometry);
    // 1 m²: shared borders can intersect in a float-sized sliver; that is not an overlap.
    if (covered && km2(intersect(featureCollection([own, covered]))) > 1e-6) {
      own = difference(featureCollection([own, covered]));
      notes.push(`${path}: ${label(s)} trimmed where it overlaps a lower code`);
    }
    if (!own) continue;
    const done = finish(own.geometry);
    areas.set(s.code, done);
    covered = covered ? union(featureCollection([covered, asFeature(done)])) : asFeature(done);
  }

  let remainder: Areal | null = district;
  if (covered) {
    const rest = difference(featureCollection([districtFeature, covered]));
    const parts = rest ? polygonsOf(rest.geometry) : [];
    const kept = parts.filter(
      (poly) => km2(asFeature({ type: 'Polygon', coordinates: poly })) >= SLIVER_KM2,
    );
    const dropped =
      km2(rest) -
      kept.reduce((s, poly) => s + km2(asFeature({ type: 'Polygon', coordinates: poly })), 0);
    if (dropped > 0) {
      notes.push(
        `${path}: dropped ${dropped.toFixed(3)} km² of slivers between the supplied polygons and the outline`,
      );
    }
    remainder = kept.length > 0 ? finish(fromPolygons(kept)) : null;
  }
  return { areas, remainder, notes };
}
