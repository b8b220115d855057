/** The sources of the story map, built from geo/ and the story: nothing from another origin. */
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { GeoLayers, LngLat } from '../../shared/geo-schema.ts';
import type { Bilingual, Script } from '../../shared/model.ts';
import { outsidePrefectureKind, sourceIds, storyLayers } from './layers.ts';
import { giftIds } from './gifts-layer.ts';

/**
 * One label point per township, from each area's `label` property (a point inside the
 * polygon, computed at geo build time). Labelling the polygons directly would repeat a
 * name in every tile the area crosses.
 */
function townshipLabelPoints(townships: GeoLayers['townships']): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { properties: p } of townships.features) {
    if (!p.label) continue;
    features.push({
      type: 'Feature',
      properties: { code: p.code, name_hans: p.name_hans, name_hant: p.name_hant },
      geometry: { type: 'Point', coordinates: p.label },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A ring round the whole map (Web Mercator stops short of the poles). */
const worldRing: Position[] = [
  [-180, -85],
  [180, -85],
  [180, 85],
  [-180, 85],
  [-180, -85],
];

/**
 * The world less the prefecture: one polygon whose holes are the prefecture's outer rings
 * (winding does not matter: MapLibre's GeoJSON tiler rewinds rings). The map fills it with
 * the paper colour and shows the prefecture's colour through the transparent canvas, so no
 * layer paints the whole view (layers.ts). Without a prefecture, nothing is left out.
 * @internal
 */
export function outsidePrefecture(context: GeoLayers['context']): Feature<Polygon> {
  const holes: Position[][] = [];
  for (const { properties, geometry } of context.features) {
    if (properties.kind !== 'prefecture') continue;
    if (geometry.type === 'Polygon' && geometry.coordinates[0]) holes.push(geometry.coordinates[0]);
    if (geometry.type === 'MultiPolygon') {
      for (const [outer] of geometry.coordinates) if (outer) holes.push(outer);
    }
  }
  return {
    type: 'Feature',
    properties: { kind: outsidePrefectureKind },
    geometry: { type: 'Polygon', coordinates: [worldRing, ...holes] },
  };
}

/** One point, at the district seat, carrying the district's name in both scripts. */
export function districtLabelData(at: LngLat, name: Bilingual): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name_hant: name.hant, name_hans: name.hans },
        geometry: { type: 'Point', coordinates: at },
      },
    ],
  };
}

/** The line the closing chapter draws between Luquan and Wuhan. */
export function wuhanLinkData(from: LngLat, to: LngLat): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: [from, to] },
      },
    ],
  };
}

/**
 * The whole style, built in code from the story's own data: no tiles, glyphs or sprites
 * from anywhere but this page. `glyphs` is left out on purpose so labels use local fonts.
 */
export function storyStyle(
  geo: GeoLayers,
  wuhanLink: FeatureCollection<LineString>,
  script: Script,
  districtLabel: FeatureCollection<Point>,
  gifts: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] },
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    [sourceIds.context]: {
      type: 'geojson',
      data: { ...geo.context, features: [outsidePrefecture(geo.context), ...geo.context.features] },
      promoteId: 'id',
    },
    [sourceIds.townships]: {
      type: 'geojson',
      // MapLibre's type leaves out null geometries (valid GeoJSON: a township without an area).
      data: geo.townships as FeatureCollection,
      promoteId: 'code',
    },
    [sourceIds.townshipLabels]: { type: 'geojson', data: townshipLabelPoints(geo.townships) },
    [sourceIds.places]: { type: 'geojson', data: geo.places, promoteId: 'id' },
    [sourceIds.wuhanLink]: { type: 'geojson', data: wuhanLink },
    [sourceIds.districtLabel]: { type: 'geojson', data: districtLabel },
    [giftIds.source]: { type: 'geojson', data: gifts },
  };
  return { version: 8, sources, layers: storyLayers(script) };
}
