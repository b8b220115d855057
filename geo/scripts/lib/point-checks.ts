/**
 * Shared check before any output is built: every Luquan point lies inside the district
 * outline, and the points places.csv repeats agree with townships.csv and villages.csv.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { SourceError } from './errors.ts';
import type { Sources } from './read-sources.ts';
import type { SourcedPoint } from './sources.ts';

const sameRaw = (a: SourcedPoint, b: SourcedPoint): boolean =>
  a.crs === b.crs && a.raw[0] === b.raw[0] && a.raw[1] === b.raw[1];

/**
 * Checks the points of `sources` against the (WGS84, simplified) district outline.
 * A point outside is almost always a WGS84/GCJ-02 mix-up, so the message says so.
 *
 * @throws SourceError naming the file and row of the first bad point
 */
export function checkPointsInDistrict(
  sources: Pick<Sources, 'townships' | 'villages' | 'places'>,
  district: Polygon | MultiPolygon,
): void {
  const checkInside = (p: SourcedPoint): void => {
    if (!booleanPointInPolygon(p.wgs84, district)) {
      throw new SourceError(
        p.file,
        p.line,
        `coordinate ${p.raw[0]},${p.raw[1]} lies outside the district outline — check the crs column (GCJ-02 or WGS84)`,
      );
    }
  };
  for (const t of sources.townships) if (t.seat) checkInside(t.seat);
  for (const v of sources.villages) if (v.point) checkInside(v.point);
  const seatOf = new Map(sources.townships.map((t) => [t.code, t.seat]));
  const pointOf = new Map(sources.villages.map((v) => [v.code, v.point]));
  for (const p of sources.places) {
    if (p.kind === 'city') continue;
    checkInside(p.point);
    // places.csv repeats some points of the other files; they must agree.
    const twin =
      p.kind === 'township-seat'
        ? seatOf.get(p.code)
        : p.kind === 'village'
          ? pointOf.get(p.code)
          : p.point;
    if (!twin || !sameRaw(twin, p.point)) {
      throw new SourceError(
        p.point.file,
        p.line,
        `${p.kind} ${p.code} disagrees with its row in townships.csv/villages.csv — make the coordinates and crs the same in both`,
      );
    }
  }
}
