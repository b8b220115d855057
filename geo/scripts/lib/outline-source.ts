/**
 * Reads geo/sources/admin-outlines.gcj02.geojson: the district, county and prefecture
 * outlines, checked feature by feature but left in GCJ-02 (lib/outlines.ts converts them).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { isPolygonal } from './crs.ts';
import { SourceError } from './errors.ts';
import { sourceIdOf } from './source-ids.ts';
import type { SourceText } from './sources.ts';

/** One outline as read from the file. */
export interface OutlineFeature {
  code: string;
  name: string;
  level: 'county' | 'prefecture';
  bordersLuquan: boolean | undefined;
  /** Still GCJ-02, exactly as in the file. */
  geometry: Polygon | MultiPolygon;
}

/**
 * Parses the outlines file. The file is GCJ-02 throughout (its name says so); each
 * feature's `source` must say so too, so a WGS84 outline added by mistake is caught
 * rather than shifted a second time.
 */
export function parseOutlines(src: SourceText): OutlineFeature[] {
  let json: unknown;
  try {
    json = JSON.parse(src.text);
  } catch (e) {
    throw new SourceError(src.path, undefined, `invalid JSON (${(e as Error).message})`);
  }
  const fc = json as FeatureCollection;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new SourceError(src.path, undefined, 'not a GeoJSON FeatureCollection');
  }
  return fc.features.map((f, index) => {
    const where = `feature ${index}`;
    const props = f.properties ?? {};
    const code = String(props['code'] ?? '');
    if (!/^\d{6}$/.test(code)) {
      throw new SourceError(src.path, undefined, `${where}: code "${code}" is not 6 digits`);
    }
    const source = String(props['source'] ?? '');
    if (!source.includes('GCJ-02') || sourceIdOf(source) !== 'vonng-adcode-fences') {
      throw new SourceError(
        src.path,
        undefined,
        `${where} (${code}): source "${source}" must be Vonng/adcode data/fences and say GCJ-02 — wrong CRS label?`,
      );
    }
    if (!isPolygonal(f.geometry)) {
      throw new SourceError(src.path, undefined, `${where} (${code}): not a Polygon/MultiPolygon`);
    }
    const level = props['level'];
    if (level !== 'county' && level !== 'prefecture') {
      throw new SourceError(src.path, undefined, `${where} (${code}): unknown level "${level}"`);
    }
    const borders = props['borders_130110'];
    return {
      code,
      name: String(props['name'] ?? ''),
      level,
      bordersLuquan: typeof borders === 'boolean' ? borders : undefined,
      geometry: f.geometry,
    };
  });
}
