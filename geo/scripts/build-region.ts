/**
 * `npm run geo:region`: rebuilds geo/region.geojson from the extracted regional sources
 * (geo/sources/provinces.dcw.geojson, provinces.csv, hydro.gshhg.geojson,
 * foreign-outlines.dcw.geojson) and two gazetteer points from geo/places.geojson. Reads
 * local files only; all the work is in lib/region.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Point } from 'geojson';
import type { LngLat } from '../../src/shared/geo-schema.ts';
import { GEO_DIR } from './build-geo.ts';
import { buildRegion, type RegionSources } from './lib/region.ts';

/** Output file name under geo/. */
export const REGION_FILE_NAME = 'region.geojson';

/** The gazetteer's 黄壁庄村 (Vonng/adcode point): the reservoir is named after it and lies beside it. */
const RESERVOIR_ANCHOR_ID = '130110106208';
/** The district seat: the river's label goes to the river point nearest it. */
const DISTRICT_SEAT_ID = '130110';

/** Reads the region sources, naming them relative to the repository root in messages. */
export function readRegionSources(geoDir: string = GEO_DIR): RegionSources {
  const root = join(geoDir, '..');
  const read = (name: string) => {
    const path = join(geoDir, name);
    return { path: relative(root, path), text: readFileSync(path, 'utf8') };
  };
  const places = JSON.parse(read('places.geojson').text) as FeatureCollection<Point>;
  const point = (id: string): LngLat => {
    const f = places.features.find((p) => p.properties?.['id'] === id);
    const [lon, lat] = f?.geometry.coordinates ?? [];
    if (lon === undefined || lat === undefined) {
      throw new Error(`geo/places.geojson: no point with id ${id} — run npm run geo first`);
    }
    return [lon, lat];
  };
  return {
    provinces: read('sources/provinces.dcw.geojson'),
    names: read('sources/provinces.csv'),
    hydro: read('sources/hydro.gshhg.geojson'),
    foreign: read('sources/foreign-outlines.dcw.geojson'),
    reservoirAnchor: point(RESERVOIR_ANCHOR_ID),
    riverLabelNear: point(DISTRICT_SEAT_ID),
  };
}

function main(): void {
  const text = buildRegion(readRegionSources());
  writeFileSync(join(GEO_DIR, REGION_FILE_NAME), text);
  const zipped = gzipSync(text, { level: 9 }).length;
  console.log(`geo/${REGION_FILE_NAME}: ${Buffer.byteLength(text)} B raw, ${zipped} B gzipped`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
