import type { Position } from 'geojson';
import { nearestOnSegment, xy } from './geometry.ts';

/** One province's rings (outer rings counter-clockwise, RFC 7946), keyed for messages. */
export interface SnapInput {
  key: string;
  polygons: Position[][][];
}

const CELL = 0.02; // grid cell in degrees for the segment index
/** How far (in tolerances) the neighbour's nearest vertex may be from a snapped vertex. */
const VERTEX_REACH = 5;

interface SegmentRef {
  ring: Position[]; // closed ring of an earlier province
  index: number; // segment ring[index] → ring[index + 1]
}

function pathLength(points: Position[], k: number): number {
  let s = 0;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = xy(points[i - 1] ?? []);
    const [bx, by] = xy(points[i] ?? []);
    s += Math.hypot((bx - ax) * k, by - ay);
  }
  return s;
}

/**
 * Makes borders shared by two provinces use identical vertices on both sides.
 *
 * DCW draws each province separately, so the two sides of a border run a few metres
 * apart with different vertices; the shared-border simplifier (topology.ts) needs them
 * identical. Provinces are taken in the given order; in each later one, every run of
 * vertices lying within `tolerance` degrees of one earlier province's ring is replaced
 * by that ring's own vertices between the same two ends (walked backwards, since two
 * counter-clockwise neighbours run along their border in opposite directions). A run
 * whose replacement would be much longer than the run itself (a mismatch) is left as is.
 */
export function snapSharedBorders(
  inputs: readonly SnapInput[],
  tolerance: number,
  latitude: number,
): Map<string, Position[][][]> {
  const k = Math.cos((latitude * Math.PI) / 180);
  const grid = new Map<string, SegmentRef[]>();
  const cellKey = (x: number, y: number): string =>
    `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  const addRing = (ring: Position[]): void => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = xy(ring[i] ?? []);
      const [bx, by] = xy(ring[i + 1] ?? []);
      const [x0, x1] = [Math.min(ax, bx) - tolerance, Math.max(ax, bx) + tolerance];
      const [y0, y1] = [Math.min(ay, by) - tolerance, Math.max(ay, by) + tolerance];
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
        for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
          const id = `${cx},${cy}`;
          const list = grid.get(id) ?? [];
          list.push({ ring, index: i });
          grid.set(id, list);
        }
      }
    }
  };
  /** The earlier ring nearest to p within tolerance, and the index of its nearest vertex. */
  const nearest = (p: Position): { ring: Position[]; vertex: number } | null => {
    const [x, y] = xy(p);
    let best: { ring: Position[]; vertex: number } | null = null;
    let bestD = tolerance * tolerance;
    for (const ref of grid.get(cellKey(x, y)) ?? []) {
      const [d, t] = nearestOnSegment(
        p,
        ref.ring[ref.index] ?? [],
        ref.ring[ref.index + 1] ?? [],
        k,
      );
      if (d <= bestD) {
        bestD = d;
        const last = ref.ring.length - 1; // closing vertex = vertex 0
        best = { ring: ref.ring, vertex: (t < 0.5 ? ref.index : ref.index + 1) % last };
      }
    }
    // On a long straight edge the nearest vertex can be far away: snapping to it would
    // pull the border. Such a vertex keeps its place (it lies on the neighbour's edge).
    const vertex = best?.ring[best.vertex];
    if (
      !vertex ||
      Math.sqrt(nearestOnSegment(p, vertex, vertex, k)[0]) > VERTEX_REACH * tolerance
    ) {
      return null;
    }
    return best;
  };

  const result = new Map<string, Position[][][]>();
  for (const { key, polygons } of inputs) {
    const snapped = polygons.map((poly) =>
      poly.map((ring) => snapRing(ring, nearest, k, tolerance)),
    );
    result.set(key, snapped);
    for (const poly of snapped) for (const ring of poly) addRing(ring);
  }
  return result;
}

function snapRing(
  ring: Position[],
  nearest: (p: Position) => { ring: Position[]; vertex: number } | null,
  k: number,
  tolerance: number,
): Position[] {
  const open = ring.slice(0, -1);
  const hits = open.map(nearest);
  // Start at a vertex that begins a run (or lies on no border), so no run wraps around.
  const start = open.findIndex((_, i) => {
    const prev = hits[(i - 1 + open.length) % open.length];
    const here = hits[i];
    return !here || prev?.ring !== here.ring;
  });
  if (start < 0) return ring; // the whole ring along one neighbour: nothing to replace
  const order = open.map((_, i) => (i + start) % open.length);
  const out: Position[] = [];
  let i = 0;
  while (i < order.length) {
    const first = hits[order[i] ?? 0];
    let j = i;
    while (first && j + 1 < order.length && hits[order[j + 1] ?? 0]?.ring === first.ring) j++;
    const run = order.slice(i, j + 1).map((m) => open[m] ?? []);
    const last = hits[order[j] ?? 0];
    if (first && last) {
      const other = first.ring;
      const n = other.length - 1;
      const path: Position[] = [];
      for (let m = first.vertex; ; m = (m - 1 + n) % n) {
        path.push(other[m] ?? []);
        if (m === last.vertex || path.length > n) break;
      }
      const fits = pathLength(path, k) <= 1.5 * pathLength(run, k) + 4 * tolerance;
      out.push(...(fits ? path : run));
    } else {
      out.push(...run);
    }
    i = j + 1;
  }
  const cleaned = out.filter(
    (p, m) => m === 0 || p[0] !== out[m - 1]?.[0] || p[1] !== out[m - 1]?.[1],
  );
  const head = cleaned[0];
  while (
    cleaned.length > 1 &&
    cleaned[cleaned.length - 1]?.[0] === head?.[0] &&
    cleaned[cleaned.length - 1]?.[1] === head?.[1]
  )
    cleaned.pop();
  return head && cleaned.length >= 3 ? [...cleaned, head] : ring;
}
