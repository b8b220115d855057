/**
 * The check that no international border of China is drawn: how near any kept point
 * comes to a neighbouring country's DCW outline. Used by the region build (which stops
 * below REGION_SETTINGS.minBorderKm) and by its tests.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { nearestOnSegment, polygonsOf, xy } from './geometry.ts';

/**
 * Every vertex of a geometry plus points every ≤ 0.05° along its edges, so a long
 * simplified edge lying along a border is caught even when its ends are far from it.
 * @internal
 */
export function densePointsOf(g: Geometry): Position[] {
  const lines: Position[][] =
    g.type === 'Point'
      ? [[g.coordinates]]
      : g.type === 'LineString'
        ? [g.coordinates]
        : g.type === 'MultiLineString' || g.type === 'Polygon'
          ? g.coordinates
          : g.type === 'MultiPolygon'
            ? g.coordinates.flat()
            : g.type === 'GeometryCollection'
              ? []
              : [];
  const out: Position[] = [];
  for (const line of lines) {
    line.forEach((b, i) => {
      const a = line[i - 1];
      if (a) {
        const steps = Math.ceil(Math.hypot(xy(b)[0] - xy(a)[0], xy(b)[1] - xy(a)[1]) / 0.05);
        for (let t = 1; t < steps; t++) {
          out.push([
            xy(a)[0] + ((xy(b)[0] - xy(a)[0]) * t) / steps,
            xy(a)[1] + ((xy(b)[1] - xy(a)[1]) * t) / steps,
          ]);
        }
      }
      out.push(b);
    });
  }
  return out;
}

/**
 * The nearest any kept point (vertex or edge point) comes to a foreign country's outline, in km (exact up to
 * ≈ 40 km; farther is reported as Infinity). The build stops if it is below
 * REGION_SETTINGS.minBorderKm: that would mean part of China's international border
 * is being drawn.
 */
export function nearestForeignKm(
  features: readonly { geometry: Geometry }[],
  foreign: FeatureCollection,
): { km: number; at: Position | null } {
  const cell = 0.5; // degrees; searching the 3×3 cells around a vertex covers ≥ 40 km
  const grid = new Map<string, [Position, Position][]>();
  for (const f of foreign.features) {
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') continue;
    for (const ring of polygonsOf(f.geometry).flat()) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] ?? [];
        const b = ring[i + 1] ?? [];
        // Every cell the segment's box touches, so a long straight border is never missed.
        const [ax, ay] = xy(a);
        const [bx, by] = xy(b);
        for (
          let x = Math.floor(Math.min(ax, bx) / cell);
          x <= Math.floor(Math.max(ax, bx) / cell);
          x++
        ) {
          for (
            let y = Math.floor(Math.min(ay, by) / cell);
            y <= Math.floor(Math.max(ay, by) / cell);
            y++
          ) {
            const list = grid.get(`${x},${y}`) ?? [];
            list.push([a, b]);
            grid.set(`${x},${y}`, list);
          }
        }
      }
    }
  }
  let best = { km: Infinity, at: null as Position | null };
  for (const f of features) {
    for (const p of densePointsOf(f.geometry)) {
      const [cx, cy] = [Math.floor(xy(p)[0] / cell), Math.floor(xy(p)[1] / cell)];
      for (let i = -1; i <= 1; i++) {
        for (let j = -1; j <= 1; j++) {
          for (const [a, b] of grid.get(`${cx + i},${cy + j}`) ?? []) {
            const km = segmentKm(p, a, b);
            if (km < best.km) best = { km, at: p };
          }
        }
      }
    }
  }
  return best;
}

function segmentKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos((xy(p)[1] * Math.PI) / 180);
  const [squared] = nearestOnSegment(p, a, b, k);
  return (Math.sqrt(squared) * 111_320) / 1000;
}
