/**
 * The region step of `npm run geo` (build-geo.ts): geo/region-provinces.geojson and
 * geo/region-water.geojson from the extracted regional sources
 * (geo/sources/provinces.dcw.geojson, provinces.csv, hydro.gshhg.geojson,
 * foreign-outlines.dcw.geojson) and two gazetteer points. All the work is in lib/region.ts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Point } from 'geojson';
import type { LngLat, PlaceProperties } from '../../src/shared/geo-schema.ts';
import { buildRegion, type RegionTexts } from './lib/region.ts';
import type { RegionSources } from './lib/region-shared.ts';

const GEO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The gazetteer's 黄壁庄村 (Vonng/adcode point): the reservoir is named after it and lies beside it. */
const RESERVOIR_ANCHOR_ID = '130110106208';
/** The district seat: the river's label goes to the river point nearest it. */
const DISTRICT_SEAT_ID = '130110';

/** The region's source texts, before the two gazetteer points are known. */
export type RegionSourceFiles = Omit<RegionSources, 'reservoirAnchor' | 'riverLabelNear'>;

/** Reads the region sources, naming them relative to the repository root in messages. */
export function readRegionSourceFiles(geoDir: string = GEO_DIR): RegionSourceFiles {
  const root = join(geoDir, '..');
  const read = (name: string) => {
    const path = join(geoDir, 'sources', name);
    return { path: relative(root, path), text: readFileSync(path, 'utf8') };
  };
  return {
    provinces: read('provinces.dcw.geojson'),
    names: read('provinces.csv'),
    hydro: read('hydro.gshhg.geojson'),
    foreign: read('foreign-outlines.dcw.geojson'),
  };
}

/**
 * The region step of `npm run geo`: both region files from the sources and two points of
 * the places just built (the reservoir's anchor village and the district seat).
 */
export function regionGeojson(
  files: RegionSourceFiles,
  places: readonly Feature<Point, PlaceProperties>[],
): RegionTexts {
  const point = (id: string): LngLat => {
    const f = places.find((p) => p.properties.id === id);
    const [lon, lat] = f?.geometry.coordinates ?? [];
    if (lon === undefined || lat === undefined) {
      throw new Error(`geo/places.geojson: no point with id ${id} — is it still in geo/sources?`);
    }
    return [lon, lat];
  };
  return buildRegion({
    ...files,
    reservoirAnchor: point(RESERVOIR_ANCHOR_ID),
    riverLabelNear: point(DISTRICT_SEAT_ID),
  });
}
