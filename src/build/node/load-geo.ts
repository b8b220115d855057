/**
 * Node-only loader for the committed geo/ outputs (the build and content checks use
 * it; the browser fetches the same files by URL).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GEO_FILE_NAMES } from '../../shared/geo-schema.ts';
import type { Division, GeoFiles } from '../../shared/geo-schema.ts';
import { FileError } from '../content/issues.ts';

const REBUILD = 'rebuild geo/ with npm run geo';

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new FileError(path, `cannot read (${(e as Error).message})`, REBUILD, undefined, {
      cause: e,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new FileError(path, `invalid JSON (${(e as Error).message})`, REBUILD, undefined, {
      cause: e,
    });
  }
}

function isCollection(value: unknown): boolean {
  const fc = value as { type?: unknown; features?: unknown } | null;
  return fc?.type === 'FeatureCollection' && Array.isArray(fc.features);
}

function asDivisions(value: unknown, path: string): Division[] {
  if (!Array.isArray(value)) throw new FileError(path, 'expected an array of divisions', REBUILD);
  value.forEach((d: unknown, i) => {
    const entry = d as Partial<Division> | null;
    if (typeof entry?.code !== 'string' || typeof entry.short_hans !== 'string') {
      throw new FileError(
        path,
        `entry ${i} is not a division (needs code and short_hans)`,
        REBUILD,
      );
    }
  });
  return value as Division[];
}

/**
 * Reads geo/townships.geojson, places.geojson, context.geojson and divisions.json. The
 * feature properties are trusted to follow src/shared/geo-schema.ts: the pipeline writes
 * them from the same types.
 *
 * @param geoDir - the geo/ directory
 * @throws FileError naming the missing or invalid file
 */
export async function loadGeoData(geoDir: string): Promise<GeoFiles> {
  const path = (key: keyof GeoFiles) => join(geoDir, GEO_FILE_NAMES[key]);
  const collection = async <K extends 'townships' | 'places' | 'context'>(
    key: K,
  ): Promise<GeoFiles[K]> => {
    const value = await readJson(path(key));
    if (!isCollection(value))
      throw new FileError(path(key), 'not a GeoJSON FeatureCollection', REBUILD);
    return value as GeoFiles[K];
  };
  // One file after the other, so a problem is always reported for the same file first.
  const townships = await collection('townships');
  const places = await collection('places');
  const context = await collection('context');
  const divisions = asDivisions(await readJson(path('divisions')), path('divisions'));
  return { townships, places, context, divisions };
}
