import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fromPolygons, polygonsOf, ringArea, xy } from './geometry.ts';

/** One outline to simplify together with its neighbours. */
export interface TopoInput {
  key: string;
  geometry: Polygon | MultiPolygon;
}

const keyOf = (p: Position): string => `${p[0]},${p[1]}`;

/** Perpendicular distance from p to segment ab in a plane where x is scaled by `k`. */
function segmentDistance(p: Position, a: Position, b: Position, k: number): number {
  const [px, py] = xy(p);
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const x0 = ax * k;
  const dx = bx * k - x0;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px * k - x0) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px * k - (x0 + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker on an open polyline, keeping both ends. Iterative, so no deep recursion. */
export function douglasPeucker(line: Position[], tolerance: number, k: number): Position[] {
  if (line.length <= 2) return line.slice();
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = true;
  keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [i, j] = stack.pop() ?? [0, 0];
    let best = -1;
    let bestD = tolerance;
    for (let m = i + 1; m < j; m++) {
      const d = segmentDistance(line[m] ?? [], line[i] ?? [], line[j] ?? [], k);
      if (d > bestD) {
        bestD = d;
        best = m;
      }
    }
    if (best >= 0) {
      keep[best] = true;
      stack.push([i, best], [best, j]);
    }
  }
  return line.filter((_, m) => keep[m]);
}

/**
 * Simplifies a set of outlines that share borders, without opening gaps between them.
 *
 * The gazetteer's outlines share boundary vertices exactly. Simplifying each outline
 * on its own would move a shared border differently on each side. Instead, as
 * TopoJSON does, every ring is cut into arcs at "junctions" (vertices where the set
 * of outlines touching it changes, plus ring starts), each arc is simplified once in
 * a canonical direction, and both neighbours get the same result.
 *
 * @param inputs - WGS84 outlines, vertices already rounded (so equal means identical)
 * @param tolerance - Douglas–Peucker tolerance in degrees of latitude for an arc,
 *   given the keys of the outlines that share it (lets Luquan's own border stay finer)
 * @param latitude - reference latitude: longitudes are scaled by its cosine so the
 *   tolerance is about equal in both directions
 */
export function simplifyShared(
  inputs: readonly TopoInput[],
  tolerance: (sharedBy: readonly string[]) => number,
  latitude: number,
): Map<string, Polygon | MultiPolygon> {
  const k = Math.cos((latitude * Math.PI) / 180);
  const members = new Map<string, Set<string>>();
  for (const { key, geometry } of inputs) {
    for (const poly of polygonsOf(geometry)) {
      for (const ring of poly) {
        for (const p of ring) {
          const id = keyOf(p);
          const set = members.get(id) ?? new Set<string>();
          set.add(key);
          members.set(id, set);
        }
      }
    }
  }
  const signature = (p: Position): string => [...(members.get(keyOf(p)) ?? [])].sort().join('|');

  const fixed = new Set<string>();
  for (const { geometry } of inputs) {
    for (const poly of polygonsOf(geometry)) {
      for (const ring of poly) {
        const open = ring.slice(0, -1);
        const first = open[0];
        if (first) fixed.add(keyOf(first));
        open.forEach((p, i) => {
          const prev = open[(i - 1 + open.length) % open.length] ?? p;
          const next = open[(i + 1) % open.length] ?? p;
          const sig = signature(p);
          if (sig !== signature(prev) || sig !== signature(next)) fixed.add(keyOf(p));
        });
      }
    }
  }

  const cache = new Map<string, Position[]>();
  const simplifyArc = (arc: Position[]): Position[] => {
    const first = arc[0] ?? [];
    const last = arc[arc.length - 1] ?? [];
    const reversed = keyOf(first) > keyOf(last);
    const canonical = reversed ? arc.slice().reverse() : arc;
    const id = canonical.map(keyOf).join(';');
    let out = cache.get(id);
    if (!out) {
      const inner = canonical[1];
      const sharedBy = inner ? [...(members.get(keyOf(inner)) ?? [])].sort() : [];
      out = douglasPeucker(canonical, tolerance(sharedBy), k);
      cache.set(id, out);
    }
    return reversed ? out.slice().reverse() : out;
  };

  const result = new Map<string, Polygon | MultiPolygon>();
  for (const { key, geometry } of inputs) {
    const polys = polygonsOf(geometry).map((poly) =>
      poly.map((ring) => {
        const out: Position[] = [ring[0] ?? []];
        let arc: Position[] = [ring[0] ?? []];
        for (let i = 1; i < ring.length; i++) {
          const p = ring[i] ?? [];
          arc.push(p);
          if (fixed.has(keyOf(p)) || i === ring.length - 1) {
            out.push(...simplifyArc(arc).slice(1));
            arc = [p];
          }
        }
        // A ring that collapsed (tiny islands) keeps its original vertices.
        const collapsed =
          out.length < 4 || Math.abs(ringArea(out)) < 0.5 * Math.abs(ringArea(ring));
        return collapsed ? ring : out;
      }),
    );
    result.set(key, fromPolygons(polys));
  }
  return result;
}
