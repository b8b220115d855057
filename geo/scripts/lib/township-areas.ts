import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { fitBoundaries } from './boundary-fit.ts';
import type { SuppliedBoundary } from './boundary-file.ts';
import { partitionDistrict, PARTITION_METHOD, seedWhere, type SeedPoint } from './partition.ts';

type Areal = Polygon | MultiPolygon;

/** One township's area and where it came from. */
export interface TownshipArea {
  geometry: Areal;
  /** The drop-in feature, when the area is sourced; absent when it is derived. */
  supplied?: SuppliedBoundary;
}

/** The township areas of the district, by code, with notes for the build to print. */
export interface TownshipAreas {
  areas: Map<string, TownshipArea>;
  /** The `method` of every derived area (it depends on whether a file was dropped in). */
  derivedMethod: string;
  notes: string[];
}

/** The drop-in file as read: its path (named in messages and `method`) and its features. */
export interface BoundaryDropIn {
  path: string;
  features: readonly SuppliedBoundary[];
}

/** `method` of a sourced area: which feature of which file, and what the build did to it. */
export function sourcedMethod(s: SuppliedBoundary, path: string): string {
  const converted = s.crs === 'GCJ-02' ? ', converted from GCJ-02 to WGS84' : '';
  return `sourced polygon (${path}, feature ${s.index})${converted}, clipped to the district outline`;
}

/**
 * The township areas: the drop-in polygons where there are any, the Voronoi partition
 * everywhere else.
 *
 * A partial file is allowed. The townships it lacks are derived from what is left of
 * the district (outline minus the supplied polygons), with the same Voronoi method and
 * only their own points, so the areas still tile the district with no gap or overlap.
 * Keeping their old derived areas instead would overlap the sourced ones or leave holes.
 * Without a file the result is exactly the old partition, so the outputs do not change.
 */
export function townshipAreas(
  district: Areal,
  seeds: readonly SeedPoint[],
  dropIn: BoundaryDropIn | undefined,
): TownshipAreas {
  const areas = new Map<string, TownshipArea>();
  if (!dropIn) {
    for (const [code, geometry] of partitionDistrict(district, seeds)) {
      areas.set(code, { geometry });
    }
    return { areas, derivedMethod: PARTITION_METHOD, notes: [] };
  }

  const fitted = fitBoundaries(dropIn.features, district, dropIn.path);
  const notes = [...fitted.notes];
  const byCode = new Map(dropIn.features.map((s) => [s.code, s]));
  for (const [code, geometry] of fitted.areas) {
    const supplied = byCode.get(code);
    if (supplied) areas.set(code, { geometry, supplied });
  }
  // Points of sourced townships no longer shape anything: their areas are known.
  const rest = seeds.filter((s) => !byCode.has(s.township));
  if (fitted.remainder && rest.length > 0) {
    for (const [code, geometry] of partitionDistrict(fitted.remainder, rest)) {
      areas.set(code, { geometry });
    }
  }

  // A point on the wrong side of a sourced border is not an error (AMap points near a
  // border can be off by a few hundred metres), but an editor should look at it.
  for (const seed of seeds) {
    const own = areas.get(seed.township);
    if (own?.supplied && !booleanPointInPolygon(seed.position, own.geometry)) {
      notes.push(`${seedWhere(seed)}: point of ${seed.township} lies outside its sourced area`);
    }
    if (own?.supplied) continue;
    for (const [code, area] of areas) {
      if (area.supplied && booleanPointInPolygon(seed.position, area.geometry)) {
        notes.push(
          `${seedWhere(seed)}: point of ${seed.township} lies in the sourced area of ${code}`,
        );
      }
    }
  }
  const derivedMethod = `${PARTITION_METHOD}, minus the sourced areas of ${dropIn.path}`;
  return { areas, derivedMethod, notes };
}
