import type { Feature, LineString, Polygon, Position } from 'geojson';
import { xy } from './geometry.ts';

/** Metres per degree of latitude (mean). */
const M_PER_DEG = 111_320;

/** Approximate distance in metres between two WGS84 points (fine at these few km). */
export function metres(a: Position, b: Position): number {
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const k = Math.cos((((ay + by) / 2) * Math.PI) / 180);
  return Math.hypot((bx - ax) * k, by - ay) * M_PER_DEG;
}

/** Distance in metres from p to a polyline or ring (nearest point on any segment). */
export function metresToLine(p: Position, line: readonly Position[]): number {
  const [px, py] = xy(p);
  const k = Math.cos((py * Math.PI) / 180);
  let best = line.length === 1 ? metres(p, line[0] ?? []) : Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = xy(line[i] ?? []);
    const [bx, by] = xy(line[i + 1] ?? []);
    const dx = (bx - ax) * k;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t =
      len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * k * dx + (py - ay) * dy) / len2));
    best = Math.min(best, Math.hypot((px - ax) * k - t * dx, py - ay - t * dy) * M_PER_DEG);
  }
  return best;
}

/** The GSHHG lake whose shore comes nearest to `anchor`, if within `maxMetres`. */
export function lakeNear(
  lakes: readonly Feature<Polygon>[],
  anchor: Position,
  maxMetres: number,
): Feature<Polygon> | null {
  let best: Feature<Polygon> | null = null;
  let bestD = maxMetres;
  for (const lake of lakes) {
    const d = metresToLine(anchor, lake.geometry.coordinates[0] ?? []);
    if (d <= bestD) {
      bestD = d;
      best = lake;
    }
  }
  return best;
}

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * The river through a lake, as GSHHG stores it: the pieces with an end at the lake's
 * shore (within `shoreMetres`: GSHHG's rivers come from a different source than its
 * lakes and stop up to several hundred metres short of the shore), each followed end to end through the pieces GSHHG cut
 * at its bin edges (whose ends coincide exactly). A tributary meets the river in the
 * middle of a piece, not at its end, so it is never followed. Returns one line per
 * piece chain, each starting at the lake.
 */
export function riverThroughLake(
  rivers: readonly Feature<LineString>[],
  lake: Feature<Polygon>,
  shoreMetres: number,
): Position[][] {
  const shore = lake.geometry.coordinates[0] ?? [];
  const used = new Set<Feature<LineString>>(
    rivers.filter((f) => f.geometry.coordinates.length < 2), // GSHHG has one-point pieces
  );
  const chains: Position[][] = [];
  const ends = (f: Feature<LineString>): [Position | undefined, Position | undefined] => {
    const c = f.geometry.coordinates;
    return [c[0], c[c.length - 1]];
  };
  for (const piece of rivers) {
    const [a, b] = ends(piece);
    const atA = a ? metresToLine(a, shore) <= shoreMetres : false;
    const atB = b ? metresToLine(b, shore) <= shoreMetres : false;
    if (used.has(piece) || (!atA && !atB)) continue;
    used.add(piece);
    const chain = atA
      ? piece.geometry.coordinates.slice()
      : piece.geometry.coordinates.slice().reverse();
    for (;;) {
      const tail = chain[chain.length - 1];
      const next = rivers.find(
        (f) => !used.has(f) && (same(ends(f)[0], tail) || same(ends(f)[1], tail)),
      );
      if (!next) break;
      used.add(next);
      const coords = same(ends(next)[0], tail)
        ? next.geometry.coordinates
        : next.geometry.coordinates.slice().reverse();
      chain.push(...coords.slice(1));
    }
    chains.push(chain);
  }
  return chains;
}
