/**
 * Resolves a division code from the article to something the map can show, without
 * ever inventing a location: a sourced point if there is one, else the township's
 * approximate area, else the district outline. Pure (no fs): the build runs it, and
 * tests call it directly.
 */
import turfBBox from '@turf/bbox';
import type { Feature, Geometry } from 'geojson';
import { DISTRICT_CODE } from '../../shared/codes.ts';
import type { Division, GeoFiles } from '../../shared/geo-schema.ts';
import type { BBox, LngLat, ResolvedPlace } from '../../shared/model.ts';
import { FileError } from '../content/issues.ts';

/** Finds places by code: all that the story build needs of geo/. */
export interface PlaceResolver {
  /** The place for a code, or undefined if the code is not in geo/divisions.json. */
  resolve(code: string): ResolvedPlace | undefined;
  /** Every division the story can name, sorted by code. */
  divisions(): readonly Division[];
  /** The district the story is about. */
  district: ResolvedPlace;
}

/** West, south, east, north of a geometry; undefined for none. */
function geometryBBox(g: Geometry | null): BBox | undefined {
  if (!g) return undefined;
  const [w, s, e, n] = turfBBox(g);
  return Number.isFinite(w) ? [w, s, e, n] : undefined;
}

function pointOf(f: Feature | undefined): LngLat | undefined {
  if (f?.geometry?.type !== 'Point') return undefined;
  const [x, y] = f.geometry.coordinates;
  return x === undefined || y === undefined ? undefined : [x, y];
}

/**
 * Builds a resolver over the parsed geo files.
 *
 * - 12-digit village/community with a point in places.geojson → 'point' (exact, zero-size bbox)
 * - 12-digit without a point → its township's area ('township', approximate); if the
 *   township has no area (the development zone) → the district ('district', approximate)
 * - 9-digit township → 'township' (bbox of its derived area, so approximate);
 *   a township without an area → 'district', approximate
 * - 130110 → 'district' (bbox of the outline, not approximate)
 * - 130100 / 420100 (cities) → 'point' at the city point in context.geojson
 *
 * @throws FileError naming the geo file at fault (a key of {@link GeoFiles}): `context` without
 *   the district outline, `divisions` without the district
 */
export function createPlaceResolver(geo: GeoFiles): PlaceResolver {
  const divisions = [...geo.divisions].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const placeByCode = new Map(geo.places.features.map((f) => [f.properties.code, f]));
  const townshipBBox = new Map<string, BBox>();
  for (const f of geo.townships.features) {
    const bbox = geometryBBox(f.geometry);
    if (bbox && f.properties.boundary !== 'none') townshipBBox.set(f.properties.code, bbox);
  }
  const districtFeature = geo.context.features.find((f) => f.properties.kind === 'district');
  const districtBBox = geometryBBox(districtFeature?.geometry ?? null);
  if (!districtBBox) {
    throw new FileError('context', 'has no district outline', 'rebuild geo/ with npm run geo');
  }
  const cityPoint = new Map<string, LngLat>();
  for (const f of geo.context.features) {
    const point = pointOf(f);
    if (f.properties.kind === 'city' && point) cityPoint.set(f.properties.code, point);
  }

  const atPoint = (
    base: Omit<ResolvedPlace, 'resolvedAs' | 'bbox' | 'approximate'>,
    p: LngLat,
  ) => ({
    ...base,
    resolvedAs: 'point' as const,
    point: p,
    bbox: [p[0], p[1], p[0], p[1]] as BBox,
    approximate: false,
  });

  function resolve(code: string): ResolvedPlace | undefined {
    const d = byCode.get(code);
    if (!d) return undefined;
    const base = {
      code: d.code,
      name: { hant: d.short_hant, hans: d.short_hans },
      kind: d.kind,
    };
    const inDistrict = (townshipCode: string | undefined): ResolvedPlace => ({
      ...base,
      ...(townshipCode ? { townshipCode } : {}),
      resolvedAs: 'district',
      bbox: districtBBox as BBox,
      approximate: true,
    });
    switch (d.kind) {
      case 'district':
        return { ...base, resolvedAs: 'district', bbox: districtBBox as BBox, approximate: false };
      case 'city': {
        const p = cityPoint.get(code);
        return p ? atPoint(base, p) : undefined;
      }
      case 'township': {
        const bbox = townshipBBox.get(code);
        if (!bbox) return inDistrict(code);
        return { ...base, townshipCode: code, resolvedAs: 'township', bbox, approximate: true };
      }
      case 'village':
      case 'community': {
        const p = pointOf(placeByCode.get(code));
        if (p) return atPoint({ ...base, ...(d.township ? { townshipCode: d.township } : {}) }, p);
        const bbox = d.township ? townshipBBox.get(d.township) : undefined;
        if (!bbox) return inDistrict(d.township);
        return {
          ...base,
          ...(d.township ? { townshipCode: d.township } : {}),
          resolvedAs: 'township',
          bbox,
          approximate: true,
        };
      }
    }
  }

  const district = resolve(DISTRICT_CODE);
  if (!district) {
    throw new FileError(
      'divisions',
      `has no entry for ${DISTRICT_CODE}`,
      'rebuild geo/ with npm run geo',
    );
  }
  return { resolve, divisions: () => divisions, district };
}
