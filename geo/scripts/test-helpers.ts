/**
 * Expectations for the geo tests: counts read straight from geo/sources/, so counts that
 * grow as an editor adds points (geo/README.md, "Improving the data") are derived, not
 * pinned; and the expected files of the fixture tests, which are only ever written when
 * asked (REGEN=1). Test support only; the pipeline does not import it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, type CsvRow } from './lib/csv.ts';
import type { SourceFiles } from './lib/sources.ts';

/** What the source tables hold, counted row by row. */
export interface SourceCounts {
  townshipRows: number;
  /** Township codes with a seat point in townships.csv. */
  seats: Set<string>;
  villageRows: number;
  /** Rows of villages.csv with a coordinate. */
  locatedVillages: number;
  /** Township codes that have a seat or at least one located village: they get an area. */
  townshipsWithPoints: Set<string>;
  /** `city` rows of places.csv. */
  cityRows: number;
}

const cell = (row: CsvRow, name: string): string => row.cells[name] ?? '';

/** Counts the rows of townships.csv, villages.csv and places.csv under `geoDir`/sources. */
export function countSources(geoDir: string): SourceCounts {
  const rows = (name: string): CsvRow[] =>
    parseCsv(readFileSync(join(geoDir, 'sources', name), 'utf8'), name, []);
  const townships = rows('townships.csv');
  const villages = rows('villages.csv');
  const located = villages.filter((r) => cell(r, 'lon') !== '');
  const seats = new Set(
    townships.filter((r) => cell(r, 'seat_lon') !== '').map((r) => cell(r, 'code')),
  );
  return {
    townshipRows: townships.length,
    seats,
    villageRows: villages.length,
    locatedVillages: located.length,
    townshipsWithPoints: new Set([...seats, ...located.map((r) => cell(r, 'township_code'))]),
    cityRows: rows('places.csv').filter((r) => cell(r, 'kind') === 'city').length,
  };
}

/** geo/scripts/fixtures/ */
export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

/**
 * The expected output fixtures/out/`name` for a fixture test. With REGEN=1 in `env` it
 * first (re)writes the file from `actual` — review the diff and run prettier on it then.
 * Without the flag a missing file is an error, never created: a test that writes its own
 * expected file could not fail.
 *
 * @throws Error naming the missing file and the command that creates it
 */
export function expectedFixture<T>(
  name: string,
  actual: T,
  env: Readonly<Record<string, string | undefined>> = process.env,
  dir: string = join(FIXTURES_DIR, 'out'),
): T {
  const path = join(dir, name);
  if (env['REGEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  if (!existsSync(path)) {
    throw new Error(
      `${path}: missing expected fixture — run REGEN=1 npx vitest run geo/ to write it from the current output, then review it`,
    );
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The source files of fixtures/in/mini-sources/: a made-up square district with three
 * townships (one without points), a neighbour, the prefecture and two cities. Small
 * enough for step tests to build in milliseconds and for a person to check by eye.
 */
export function miniSourceFiles(): SourceFiles {
  const dir = join(FIXTURES_DIR, 'in', 'mini-sources');
  const read = (name: string) => ({
    path: `mini-sources/${name}`,
    text: readFileSync(join(dir, name), 'utf8'),
  });
  return {
    outlines: read('admin-outlines.gcj02.geojson'),
    townships: read('townships.csv'),
    villages: read('villages.csv'),
    places: read('places.csv'),
  };
}
