import type { Position } from 'geojson';

/** The locator inset's lines, lon/lat, reduced at build time to the inset's resolution. */
export interface LocatorOutline {
  /** The borders between the provinces shown (one MultiLineString's lines). */
  outline: Position[][];
  /** Hebei's area (one MultiPolygon's polygons). */
  hebei: Position[][][];
}
