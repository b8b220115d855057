/**
 * Resolves a division code from the article to something the map can show, without
 * ever inventing a location: a sourced point if there is one, else the township's
 * approximate area, else the district outline. Pure (no fs): the build runs it, and
 * tests call it directly.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { DISTRICT_CODE } from '../../shared/codes.ts';
import type { BBox, LngLat, StoryPlace } from '../../shared/model.ts';

/** One entry of geo/divisions.json. */
export interface Division {
  code: string;
  name_hans: string;
  name_hant: string;
  short_hans: string;
  short_hant: string;
  kind: 'district' | 'township' | 'village' | 'community' | 'city';
  /** 9-digit township code, on villages and communities. */
  township?: string;
}

/** The four files of geo/, parsed. */
export interface GeoData {
  townships: FeatureCollection;
  places: FeatureCollection;
  context: FeatureCollection;
  divisions: Division[];
}

export interface PlaceResolver {
  /** The place for a code, or undefined if the code is not in geo/divisions.json. */
  resolve(code: string): StoryPlace | undefined;
  /** Every division the story can name, sorted by code. */
  divisions(): readonly Division[];
}

export { DISTRICT_CODE };

function eachPosition(g: Geometry, visit: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      visit(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      g.coordinates.forEach((line) => line.forEach(visit));
      break;
    case 'MultiPolygon':
      g.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
      break;
    case 'GeometryCollection':
      g.geometries.forEach((inner) => eachPosition(inner, visit));
      break;
  }
}

/** West, south, east, north of a geometry; undefined for an empty one. */
export function geometryBBox(g: Geometry): BBox | undefined {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  eachPosition(g, (p) => {
    const [x, y] = p;
    if (x === undefined || y === undefined) return;
    w = Math.min(w, x);
    s = Math.min(s, y);
    e = Math.max(e, x);
    n = Math.max(n, y);
  });
  return w <= e ? [w, s, e, n] : undefined;
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
 * @throws Error if the district outline is missing from `geo.context`
 */
export function createPlaceResolver(geo: GeoData): PlaceResolver {
  const divisions = [...geo.divisions].sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const placeByCode = new Map<string, Feature>();
  for (const f of geo.places.features) {
    const code = f.properties?.['code'];
    if (typeof code === 'string') placeByCode.set(code, f);
  }
  const townshipBBox = new Map<string, BBox>();
  for (const f of geo.townships.features) {
    const code = f.properties?.['code'];
    const bbox = f.geometry ? geometryBBox(f.geometry) : undefined;
    if (typeof code === 'string' && bbox && f.properties?.['boundary'] !== 'none') {
      townshipBBox.set(code, bbox);
    }
  }
  const districtFeature = geo.context.features.find((f) => f.properties?.['kind'] === 'district');
  const districtBBox = districtFeature?.geometry
    ? geometryBBox(districtFeature.geometry)
    : undefined;
  if (!districtBBox) throw new Error('geo data: context.geojson has no district outline');
  const cityPoint = new Map<string, LngLat>();
  for (const f of geo.context.features) {
    const code = f.properties?.['code'];
    const point = pointOf(f);
    if (f.properties?.['kind'] === 'city' && typeof code === 'string' && point) {
      cityPoint.set(code, point);
    }
  }

  const atPoint = (base: Omit<StoryPlace, 'resolvedAs' | 'bbox' | 'approximate'>, p: LngLat) => ({
    ...base,
    resolvedAs: 'point' as const,
    point: p,
    bbox: [p[0], p[1], p[0], p[1]] as BBox,
    approximate: false,
  });

  function resolve(code: string): StoryPlace | undefined {
    const d = byCode.get(code);
    if (!d) return undefined;
    const base = {
      code: d.code,
      name: { hant: d.short_hant, hans: d.short_hans },
      kind: d.kind,
    };
    const inDistrict = (townshipCode: string | undefined): StoryPlace => ({
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

  return { resolve, divisions: () => divisions };
}
