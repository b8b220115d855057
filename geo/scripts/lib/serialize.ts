/**
 * How the outputs are written: one feature (or division) per line, sorted, so the
 * committed files diff line by line and are byte-stable from run to run.
 */
import type { Feature, Geometry } from 'geojson';
import type { Division } from '../../../src/shared/geo-schema.ts';

/** Plain code-unit comparison, not localeCompare: the order must not depend on ICU. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted, without duplicates (code-unit order). */
export const sortedUnique = <T extends string>(xs: readonly T[]): T[] =>
  [...new Set(xs)].sort(compareCodeUnits);

/** The features sorted by id, as every output lists them. */
export function sortById<F extends Feature<Geometry | null, object>>(features: readonly F[]): F[] {
  return [...features].sort((a, b) => compareCodeUnits(String(a.id), String(b.id)));
}

/** Serialises features one per line: diff-friendly, byte-stable, still compact. */
export function serializeCollection(features: readonly Feature<Geometry | null, object>[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Serialises divisions.json: a JSON array, one division per line. */
export function serializeDivisions(divisions: readonly Division[]): string {
  return `[\n${divisions.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`;
}
