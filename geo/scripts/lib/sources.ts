/**
 * Reads the gazetteer tables of geo/sources/ (townships.csv, villages.csv, places.csv)
 * row by row: codes, names and points, each point converted to WGS84 and kept with its
 * file and line for later messages.
 */
import { DISTRICT_CODE } from '../../../src/shared/codes.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { isCrs, toWgs84, type Crs } from './crs.ts';
import { SourceError } from './errors.ts';
import { sourceIdOf, type SourceId } from './source-ids.ts';

/** The text of one source file and the path to name in messages. */
export interface SourceText {
  path: string;
  text: string;
}

/** The four gazetteer files the build reads from geo/sources/, and the optional drop-in. */
export interface SourceFiles {
  outlines: SourceText;
  townships: SourceText;
  villages: SourceText;
  places: SourceText;
  /** geo/sources/township-boundaries.geojson, only when an editor has dropped one in. */
  townshipBoundaries?: SourceText;
}

/** A sourced point, kept with where it came from so later checks can name the row. */
export interface SourcedPoint {
  file: string;
  line: number;
  /** As written in the source, in `crs`. */
  raw: [number, number];
  crs: Crs;
  /** Converted (if GCJ-02) and rounded to 6 decimals. */
  wgs84: [number, number];
  sourceId: SourceId;
}

export interface TownshipRow {
  line: number;
  code: string;
  name: string;
  seat: SourcedPoint | undefined;
}

export interface VillageRow {
  line: number;
  code: string;
  name: string;
  township: string;
  point: SourcedPoint | undefined;
}

export type PlaceKind = 'district-seat' | 'township-seat' | 'village' | 'district-centre' | 'city';
const PLACE_KINDS: readonly PlaceKind[] = [
  'district-seat',
  'township-seat',
  'village',
  'district-centre',
  'city',
];

export interface PlaceRow {
  line: number;
  id: string;
  name: string;
  kind: PlaceKind;
  code: string;
  point: SourcedPoint;
  confidence: 'high' | 'medium' | 'low';
}

function readPoint(
  row: CsvRow,
  file: string,
  lonKey: string,
  latKey: string,
): SourcedPoint | undefined {
  const lonText = row.cells[lonKey] ?? '';
  const latText = row.cells[latKey] ?? '';
  const crs = row.cells['crs'] ?? '';
  const source = row.cells['source'] ?? '';
  if (lonText === '' && latText === '' && crs === '') return undefined;
  if (lonText === '' || latText === '') {
    throw new SourceError(
      file,
      row.line,
      `missing coordinate: ${lonKey}="${lonText}", ${latKey}="${latText}" — fill both or leave both and crs empty`,
    );
  }
  const lon = Number(lonText);
  const lat = Number(latText);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new SourceError(file, row.line, `coordinate ${lonText},${latText} is not a number pair`);
  }
  // China spans roughly 73–136 E, 3–54 N; anything else is swapped or mistyped.
  if (lon < 73 || lon > 136 || lat < 3 || lat > 54) {
    throw new SourceError(
      file,
      row.line,
      `coordinate ${lonText},${latText} is not in China — are longitude and latitude swapped?`,
    );
  }
  if (crs === '') {
    throw new SourceError(
      file,
      row.line,
      `coordinate ${lonText},${latText} has no crs label — set the crs column to GCJ-02 or WGS84`,
    );
  }
  if (!isCrs(crs)) {
    throw new SourceError(
      file,
      row.line,
      `unknown crs label "${crs}" — the crs column must be GCJ-02 or WGS84`,
    );
  }
  const sourceId = sourceIdOf(source);
  if (!sourceId) {
    throw new SourceError(
      file,
      row.line,
      `unregistered source "${source}" — add it to geo/SOURCES.md and sourceIdOf() in geo/scripts/lib/source-ids.ts`,
    );
  }
  return { file, line: row.line, raw: [lon, lat], crs, wgs84: toWgs84([lon, lat], crs), sourceId };
}

function requireMatch(value: string, pattern: RegExp, what: string, file: string, line: number) {
  if (!pattern.test(value)) {
    throw new SourceError(file, line, `${what} "${value}" does not match ${pattern.source}`);
  }
}

/** A township-level code: the district's 6 digits and 3 more. */
const TOWNSHIP_CODE = new RegExp(`^${DISTRICT_CODE}\\d{3}$`);

/** Parses townships.csv: 9-digit codes under 130110, seat points optional. */
export function parseTownships(src: SourceText): TownshipRow[] {
  const rows = parseCsv(src.text, src.path, ['code', 'name', 'seat_lon', 'seat_lat', 'crs']);
  const seen = new Set<string>();
  return rows.map((row) => {
    const code = row.cells['code'] ?? '';
    requireMatch(code, TOWNSHIP_CODE, 'township code', src.path, row.line);
    if (seen.has(code)) throw new SourceError(src.path, row.line, `duplicate code ${code}`);
    seen.add(code);
    const name = row.cells['name'] ?? '';
    if (name === '') throw new SourceError(src.path, row.line, `township ${code} has no name`);
    return { line: row.line, code, name, seat: readPoint(row, src.path, 'seat_lon', 'seat_lat') };
  });
}

/** Parses villages.csv; every township_code must be one of `townshipCodes`. */
export function parseVillages(src: SourceText, townshipCodes: ReadonlySet<string>): VillageRow[] {
  const rows = parseCsv(src.text, src.path, ['code', 'name', 'township_code', 'lon', 'lat', 'crs']);
  const seen = new Set<string>();
  return rows.map((row) => {
    const code = row.cells['code'] ?? '';
    const township = row.cells['township_code'] ?? '';
    requireMatch(code, /^\d{12}$/, 'village code', src.path, row.line);
    if (!townshipCodes.has(township) || !code.startsWith(township)) {
      throw new SourceError(
        src.path,
        row.line,
        `unknown code: village ${code} with township_code "${township}" is not under any township in townships.csv`,
      );
    }
    if (seen.has(code)) throw new SourceError(src.path, row.line, `duplicate code ${code}`);
    seen.add(code);
    const name = row.cells['name'] ?? '';
    if (name === '') throw new SourceError(src.path, row.line, `village ${code} has no name`);
    return { line: row.line, code, name, township, point: readPoint(row, src.path, 'lon', 'lat') };
  });
}

/**
 * Parses places.csv. Codes must be known Luquan division codes (`knownCodes`), except
 * for `city` rows, which name prefecture-level cities elsewhere (6 digits ending 00).
 */
export function parsePlaces(src: SourceText, knownCodes: ReadonlySet<string>): PlaceRow[] {
  const rows = parseCsv(src.text, src.path, [
    'id',
    'name',
    'kind',
    'code',
    'lon',
    'lat',
    'crs',
    'source',
    'confidence',
  ]);
  return rows.map((row) => {
    const kind = (row.cells['kind'] ?? '') as PlaceKind;
    if (!PLACE_KINDS.includes(kind)) {
      throw new SourceError(src.path, row.line, `unknown kind "${kind}"`);
    }
    const code = row.cells['code'] ?? '';
    const known = kind === 'city' ? /^\d{4}00$/.test(code) : knownCodes.has(code);
    if (!known) {
      throw new SourceError(src.path, row.line, `unknown code "${code}" for ${kind}`);
    }
    const confidence = row.cells['confidence'] ?? '';
    if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low') {
      throw new SourceError(
        src.path,
        row.line,
        `confidence "${confidence}" is not high/medium/low`,
      );
    }
    const point = readPoint(row, src.path, 'lon', 'lat');
    if (!point) throw new SourceError(src.path, row.line, 'missing coordinate');
    return {
      line: row.line,
      id: row.cells['id'] ?? '',
      name: row.cells['name'] ?? '',
      kind,
      code,
      point,
      confidence,
    };
  });
}
