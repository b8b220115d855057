/**
 * `npm run geo`: rebuilds geo/*.geojson and geo/divisions.json from geo/sources/.
 * Reads only local files (no network), so the outputs are reproducible; all the
 * work is in lib/build.ts, which the staleness test runs too.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGeo, OUTPUT_NAMES } from './lib/build.ts';
import { BOUNDARY_FILE_NAME } from './lib/boundary-file.ts';
import type { SourceFiles } from './lib/sources.ts';

/** geo/ (this file lives in geo/scripts/). */
export const GEO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

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

function main(): void {
  const { outputs, notes } = buildGeo(readSourceFiles());
  for (const note of notes) console.log(`  ${note}`);
  let raw = 0;
  let gz = 0;
  for (const name of OUTPUT_NAMES) {
    const text = outputs[name];
    writeFileSync(join(GEO_DIR, name), text);
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
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
