/**
 * Geometry of a static map: lon/lat GeoJSON to compact SVG path data, projected with the
 * frame's d3-geo Web Mercator, simplified below a pixel, clipped to the drawn area.
 */
import simplify from '@turf/simplify';
import { geoClipRectangle, geoPath, geoTransform } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import { DISTRICT_CODE, WUHAN_CODE } from '../../shared/codes.ts';
import type { StaticFrame } from './static-map-frame.ts';
import { compactPath } from './svg-path.ts';
import type { Area } from './svg-markup.ts';

/** Simplification tolerance, in CSS px at the reference zoom: below what a screen shows. */
const simplifyTolerancePx = 0.5;

export type PathOf = (geometry: Geometry) => string;

/**
 * Lon/lat geometry → an SVG path in user units: projected, simplified below a pixel,
 * clipped to the drawn area, rounded to 0.1 px (or to whole units with `decimals` 0).
 * Empty when nothing is left in the area.
 */
export function pathMaker(frame: StaticFrame, area: Area, decimals: 0 | 1 = 1): PathOf {
  const clip = geoClipRectangle(area.x0, area.y0, area.x1, area.y1);
  const identity = geoTransform({});
  const draw = geoPath({ stream: (s) => identity.stream(clip(s)) }).digits(1);
  const project = (p: Position): Position => frame.projection([p[0]!, p[1]!]) ?? [0, 0];
  // Whole units round by up to half a unit anyway: a unit's tolerance costs no more detail.
  const tolerance = decimals === 0 ? 1 : simplifyTolerancePx;
  return (geometry) => {
    const projected = mapCoordinates(geometry, project);
    const simple =
      projected.type === 'Polygon' ||
      projected.type === 'MultiPolygon' ||
      projected.type === 'LineString' ||
      projected.type === 'MultiLineString'
        ? simplify(projected, { tolerance, mutate: true })
        : projected;
    return compactPath(draw(simple) ?? '', decimals);
  };
}

function mapCoordinates(geometry: Geometry, f: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(f) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((l) => l.map(f)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((l) => l.map(f))),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => mapCoordinates(g, f)),
      };
  }
}

/** The closing chapter's line from the district's centre to Wuhan, as the live map draws it. */
export function wuhanLink(geo: GeoLayers, path: PathOf): string {
  const district = geo.context.features.find((c) => c.properties.code === DISTRICT_CODE);
  const wuhan = geo.context.features.find(
    (c) => c.properties.code === WUHAN_CODE && c.geometry.type === 'Point',
  );
  if (!district || wuhan?.geometry.type !== 'Point') return '';
  const [w, s, e, nn] = bboxOf(district.geometry);
  return path({
    type: 'LineString',
    coordinates: [[(w + e) / 2, (s + nn) / 2], wuhan.geometry.coordinates],
  });
}

function bboxOf(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  mapCoordinates(geometry, (p) => {
    box[0] = Math.min(box[0], p[0]!);
    box[1] = Math.min(box[1], p[1]!);
    box[2] = Math.max(box[2], p[0]!);
    box[3] = Math.max(box[3], p[1]!);
    return p;
  });
  return box;
}
