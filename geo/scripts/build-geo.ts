/**
 * `npm run geo`: rebuilds geo/*.geojson and geo/divisions.json from geo/sources/.
 * Reads only local files (no network), so the outputs are reproducible.
 *
 * The steps, each in its own module and named for what it produces:
 *   lib/read-sources.ts     parsed, cross-checked sources          (shared)
 *   lib/outlines.ts         WGS84 outlines, cleaned and simplified (shared)
 *   lib/point-checks.ts     every point inside the district        (shared check)
 *   townships.geojson.ts    → geo/townships.geojson
 *   places.geojson.ts       → geo/places.geojson
 *   context.geojson.ts      → geo/context.geojson
 *   divisions.json.ts       → geo/divisions.json
 *   build-region.ts         → geo/region-provinces.geojson, geo/region-water.geojson
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { GEO_FILE_NAMES, REGION_FILE_NAMES } from '../../src/shared/geo-schema.ts';
import { readRegionSourceFiles, regionGeojson, type RegionSourceFiles } from './build-region.ts';
import { contextGeojson } from './context.geojson.ts';
import { divisionsJson } from './divisions.json.ts';
import { BOUNDARY_FILE_NAME } from './lib/boundary-file.ts';
import { wgs84Outlines } from './lib/outlines.ts';
import { checkPointsInDistrict } from './lib/point-checks.ts';
import { readSources } from './lib/read-sources.ts';
import { serializeCollection, serializeDivisions } from './lib/serialize.ts';
import type { SourceFiles } from './lib/sources.ts';
import { placesGeojson } from './places.geojson.ts';
import { townshipsGeojson } from './townships.geojson.ts';

/** geo/ (this file lives in geo/scripts/). */
export const GEO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A file name under geo/ that the pipeline writes. */
export type GeoFileName =
  | (typeof GEO_FILE_NAMES)[keyof typeof GEO_FILE_NAMES]
  | (typeof REGION_FILE_NAMES)[keyof typeof REGION_FILE_NAMES];

/** The output files' text, by name under geo/. */
export type GeoOutputs = Record<GeoFileName, string>;

/** Output file names, in the order they are written and reported. */
export const OUTPUT_NAMES: readonly GeoFileName[] = [
  ...Object.values(GEO_FILE_NAMES),
  ...Object.values(REGION_FILE_NAMES),
];

/** What the build did besides the files, for the CLI to print. */
export interface BuildReport {
  outputs: GeoOutputs;
  /** Notes such as repaired self-intersections or vertex counts. */
  notes: string[];
}

/**
 * Reads the four source files, and geo/sources/township-boundaries.geojson if an editor
 * has dropped one in, naming them relative to the repository root in messages.
 */
export function readSourceFiles(geoDir: string = GEO_DIR): SourceFiles {
  const root = join(geoDir, '..');
  const read = (name: string) => {
    const path = join(geoDir, 'sources', name);
    return { path: relative(root, path), text: readFileSync(path, 'utf8') };
  };
  const files: SourceFiles = {
    outlines: read('admin-outlines.gcj02.geojson'),
    townships: read('townships.csv'),
    villages: read('villages.csv'),
    places: read('places.csv'),
  };
  // Optional by design: without it the township areas are derived (see geo/README.md).
  if (existsSync(join(geoDir, 'sources', BOUNDARY_FILE_NAME))) {
    files.townshipBoundaries = read(BOUNDARY_FILE_NAME);
  }
  return files;
}

/**
 * Runs every step in memory. Pure (no fs, no network), so a test can compare its
 * result with the committed files.
 *
 * @throws SourceError naming the file and row (or named value) of the first bad source value
 */
export function buildGeo(
  files: SourceFiles,
  // Tests that vary only the district's sources share the committed region sources.
  regionFiles: RegionSourceFiles = readRegionSourceFiles(),
): BuildReport {
  const sources = readSources(files);
  const outlines = wgs84Outlines(sources.outlines, sources.outlinesPath);
  checkPointsInDistrict(sources, outlines.district);
  const townships = townshipsGeojson(sources, outlines.district);
  const places = placesGeojson(sources);
  const region = regionGeojson(regionFiles, places);
  return {
    outputs: {
      [GEO_FILE_NAMES.townships]: serializeCollection(townships.features),
      [GEO_FILE_NAMES.places]: serializeCollection(places),
      [GEO_FILE_NAMES.context]: serializeCollection(
        contextGeojson(outlines.outlines, sources.cities),
      ),
      [GEO_FILE_NAMES.divisions]: serializeDivisions(divisionsJson(sources)),
      [REGION_FILE_NAMES.provinces]: region.provinces,
      [REGION_FILE_NAMES.water]: region.water,
    },
    notes: [...outlines.notes, ...townships.notes],
  };
}

/** Builds and writes the outputs under `geoDir`, printing notes and sizes. */
function writeGeo(geoDir: string = GEO_DIR): void {
  const { outputs, notes } = buildGeo(readSourceFiles(geoDir), readRegionSourceFiles(geoDir));
  for (const note of notes) console.log(`  ${note}`);
  let raw = 0;
  let gz = 0;
  for (const name of OUTPUT_NAMES) {
    const text = outputs[name];
    writeFileSync(join(geoDir, name), text);
    const bytes = Buffer.byteLength(text);
    const zipped = gzipSync(text, { level: 9 }).length;
    raw += bytes;
    gz += zipped;
    console.log(`geo/${name}: ${bytes} B raw, ${zipped} B gzipped`);
  }
  console.log(`total: ${raw} B raw, ${gz} B gzipped`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    // An optional directory argument builds a copy of geo/ (e.g. to try a drop-in file).
    writeGeo(process.argv[2] ?? GEO_DIR);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
