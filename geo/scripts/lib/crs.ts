import gcoord from 'gcoord';
import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';

/** The two coordinate systems the gazetteer uses, spelled as its `crs` column spells them. */
export type Crs = 'GCJ-02' | 'WGS84';

/** True for a valid `crs` label; anything else (BD-09, EPSG:4326, gcj02 ...) is rejected. */
export function isCrs(label: string): label is Crs {
  return label === 'GCJ-02' || label === 'WGS84';
}

/**
 * Rounds to 6 decimals (about 0.1 m), the precision RFC 7946 suggests is plenty.
 * Dividing an integer by 1e6 gives the double nearest to the decimal, so JSON prints
 * it short and the output stays byte-stable.
 */
export function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r; // no "-0" in the output
}

/**
 * Converts one lon/lat position to WGS84 and rounds it. GCJ-02 positions go through
 * gcoord (the gazetteer rule: convert once, in the build); WGS84 positions are only
 * rounded, never converted again.
 */
export function toWgs84(position: readonly [number, number], crs: Crs): [number, number] {
  const [lon, lat] = position;
  if (crs === 'WGS84') return [round6(lon), round6(lat)];
  const [x, y] = gcoord.transform([lon, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [round6(x), round6(y)];
}

/**
 * Converts every vertex of a Polygon/MultiPolygon in `crs` (GCJ-02 unless told) to
 * WGS84 and rounds it, exactly as {@link toWgs84} does for points. Because the
 * conversion is a pure function of the vertex, vertices that two outlines share stay
 * identical after conversion, so shared borders still match exactly.
 */
export function polygonToWgs84<G extends Polygon | MultiPolygon>(
  geometry: G,
  crs: Crs = 'GCJ-02',
): G {
  const convertRing = (ring: Position[]): Position[] =>
    ring.map((p) => toWgs84([p[0] ?? NaN, p[1] ?? NaN], crs));
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(convertRing) } as G;
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((poly) => poly.map(convertRing)),
  } as G;
}

/** Type guard for the polygonal geometries the outlines file may contain. */
export function isPolygonal(g: Geometry | null): g is Polygon | MultiPolygon {
  return g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}
