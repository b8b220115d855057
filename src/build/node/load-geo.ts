/**
 * Node-only loader for the committed geo/ outputs (the build and content checks use
 * it; the browser fetches the same files by URL).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Division, GeoData } from '../gazetteer/resolve-place.ts';

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read (${(e as Error).message}) — run npm run geo`, {
      cause: e,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`${path}: invalid JSON (${(e as Error).message}) — run npm run geo`, {
      cause: e,
    });
  }
}

function asCollection(value: unknown, path: string): FeatureCollection {
  const fc = value as FeatureCollection | null;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  }
  return fc;
}

function asDivisions(value: unknown, path: string): Division[] {
  if (!Array.isArray(value)) throw new Error(`${path}: expected an array of divisions`);
  value.forEach((d: unknown, i) => {
    const entry = d as Partial<Division> | null;
    if (typeof entry?.code !== 'string' || typeof entry.short_hans !== 'string') {
      throw new Error(`${path}: entry ${i} is not a division (needs code and short_hans)`);
    }
  });
  return value as Division[];
}

/**
 * Reads geo/townships.geojson, places.geojson, context.geojson and divisions.json.
 *
 * @param geoDir - the geo/ directory
 * @throws Error whose message starts with the path of the missing or invalid file
 */
export async function loadGeoData(geoDir: string): Promise<GeoData> {
  const path = (name: string) => join(geoDir, name);
  // One file after the other, so a problem is always reported for the same file first.
  const townships = asCollection(
    await readJson(path('townships.geojson')),
    path('townships.geojson'),
  );
  const places = asCollection(await readJson(path('places.geojson')), path('places.geojson'));
  const context = asCollection(await readJson(path('context.geojson')), path('context.geojson'));
  const divisions = asDivisions(await readJson(path('divisions.json')), path('divisions.json'));
  return { townships, places, context, divisions };
}
