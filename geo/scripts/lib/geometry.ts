import type { MultiPolygon, Polygon, Position } from 'geojson';
import { round6 } from './crs.ts';

/** Lon/lat pair with both members present (the outputs never carry altitude). */
export type XY = [number, number];

/** The rings of a Polygon or MultiPolygon as a list of polygons (outer ring first). */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Builds the smallest geometry for a list of polygons: a Polygon if there is one. */
export function fromPolygons(polys: Position[][][]): Polygon | MultiPolygon {
  const [only] = polys;
  if (polys.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polys };
}

/** Position → XY, treating a missing member as NaN so bad input fails loudly later. */
export function xy(p: Position): XY {
  return [p[0] ?? NaN, p[1] ?? NaN];
}

/** Rounds every vertex to 6 decimals and drops the repeats that rounding can create. */
export function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polys = polygonsOf(g)
    .map((poly) =>
      poly
        .map((ring) => removeRepeats(ring.map((p) => [round6(p[0] ?? NaN), round6(p[1] ?? NaN)])))
        .filter((ring) => ring.length >= 4),
    )
    .filter((poly) => poly.length > 0);
  return fromPolygons(polys);
}

/** Removes consecutive duplicate vertices (keeps the ring closed). */
export function removeRepeats(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/**
 * Removes spikes: a vertex where the ring goes out and comes straight back (the
 * turn is ~180°, or the neighbours coincide). Quantised outlines produce these, and
 * they draw as hair-thin needles and break polygon clipping. Repeats until stable.
 */
export function removeSpikes(ring: Position[]): Position[] {
  let pts = removeRepeats(ring).slice(0, -1); // open ring
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const a = xy(pts[(i - 1 + pts.length) % pts.length] ?? []);
      const b = xy(pts[i] ?? []);
      const c = xy(pts[(i + 1) % pts.length] ?? []);
      const ux = b[0] - a[0];
      const uy = b[1] - a[1];
      const vx = c[0] - b[0];
      const vy = c[1] - b[1];
      const cross = ux * vy - uy * vx;
      const dot = ux * vx + uy * vy;
      const lu = Math.hypot(ux, uy);
      const lv = Math.hypot(vx, vy);
      const backtracks = lv === 0 || lu === 0 || (dot < 0 && Math.abs(cross) < 1e-3 * lu * lv);
      if (backtracks) {
        pts.splice(i, 1);
        pts = removeRepeats(pts);
        changed = true;
        i -= 1;
      }
    }
  }
  const first = pts[0];
  return first ? [...pts, first] : [];
}

/** Planar signed area of a ring in degrees² (positive = counter-clockwise). */
export function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = xy(ring[i] ?? []);
    const [x2, y2] = xy(ring[i + 1] ?? []);
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/** Smallest lon/lat box around every vertex. */
export function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const poly of polygonsOf(g)) {
    for (const ring of poly) {
      for (const p of ring) {
        const [x, y] = xy(p);
        w = Math.min(w, x);
        s = Math.min(s, y);
        e = Math.max(e, x);
        n = Math.max(n, y);
      }
    }
  }
  return [w, s, e, n];
}

/** Squared planar distance from p to segment ab, longitudes scaled by k; and the parameter t. */
export function nearestOnSegment(
  p: Position,
  a: Position,
  b: Position,
  k: number,
): [number, number] {
  const [px, py] = xy(p);
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const dx = (bx - ax) * k;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * k * dx + (py - ay) * dy) / len2));
  const ex = (px - ax) * k - t * dx;
  const ey = py - ay - t * dy;
  return [ex * ex + ey * ey, t];
}
