import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureCollection, point, polygon } from '@turf/helpers';
import { voronoi } from '@turf/voronoi';
import { union } from '@turf/union';
import { intersect } from '@turf/intersect';
import { cleanCoords } from '@turf/clean-coords';
import { rewind } from '@turf/rewind';
import { SourceError } from './errors.ts';
import { bboxOf, polygonsOf, roundGeometry, xy } from './geometry.ts';

/** A known point of a township: its seat or one of its villages. */
export interface SeedPoint {
  township: string;
  position: [number, number];
  /** The source file and row it came from, for messages (e.g. geo/sources/villages.csv, 17). */
  file: string;
  line: number;
}

/** `file:line` of a seed, as messages print it. */
export const seedWhere = (seed: SeedPoint): string => `${seed.file}:${seed.line}`;

/** Short description of the method, written into every township's `method` property. */
export const PARTITION_METHOD =
  'Voronoi cells of the sourced points (seat and villages), dissolved by township code and clipped to the district outline';

/**
 * Partitions the district into approximate township areas.
 *
 * No township boundary file can be sourced, so each township gets the part of the
 * district that is nearer to one of its own known points than to any other
 * township's point: a Voronoi diagram of all seeds, dissolved by township code and
 * clipped to the district outline. Distances are measured in a plane with longitude
 * scaled by cos(latitude) so the cells are not stretched east–west.
 *
 * @returns one geometry per township that has at least one seed, keyed by code.
 * @throws SourceError if two townships claim the same coordinate (the cell would be ambiguous)
 */
export function partitionDistrict(
  district: Polygon | MultiPolygon,
  seeds: readonly SeedPoint[],
): Map<string, Polygon | MultiPolygon> {
  const [w, s, e, n] = bboxOf(district);
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const byPosition = new Map<string, SeedPoint>();
  for (const seed of seeds) {
    const id = seed.position.join(',');
    const other = byPosition.get(id);
    if (other && other.township !== seed.township) {
      throw new SourceError(
        seed.file,
        seed.line,
        `point ${id} is also a point of township ${other.township} (${seedWhere(other)}) — a point cannot seed two townships; correct one of the two rows`,
      );
    }
    // Same point twice in one township (a seat that is also its seat village): keep one.
    if (!other) byPosition.set(id, seed);
  }
  const unique = [...byPosition.values()];
  const points: FeatureCollection<Point, { township: string }> = featureCollection(
    unique.map((seed) =>
      point([seed.position[0] * k, seed.position[1]], { township: seed.township }),
    ),
  );
  const margin = 0.1;
  const cells = voronoi(points, { bbox: [w * k - margin, s - margin, e * k + margin, n + margin] });

  const grouped = new Map<string, Feature<Polygon>[]>();
  cells.features.forEach((cell, i) => {
    const township = unique[i]?.township;
    if (!cell || !township) return;
    const ring = (cell.geometry.coordinates[0] ?? []).map((p: Position) => {
      const [x, y] = xy(p);
      return [x / k, y];
    });
    const list = grouped.get(township) ?? [];
    list.push(polygon([ring]));
    grouped.set(township, list);
  });

  const districtFeature: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: district,
  };
  const out = new Map<string, Polygon | MultiPolygon>();
  for (const code of [...grouped.keys()].sort()) {
    const parts = grouped.get(code) ?? [];
    const dissolved = parts.length === 1 ? parts[0] : union(featureCollection(parts));
    if (!dissolved) continue;
    const clipped = intersect(featureCollection([dissolved, districtFeature]));
    if (!clipped) continue;
    const rounded = roundGeometry(clipped.geometry);
    const cleaned = cleanCoords(rounded) as Polygon | MultiPolygon;
    out.set(code, rewind(cleaned) as Polygon | MultiPolygon);
  }
  return out;
}

/** Distance from (x, y) to the nearest edge of a polygon, in the scaled plane. */
function edgeDistance(poly: Position[][], x: number, y: number, k: number): number {
  let best = Infinity;
  for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = xy(ring[i] ?? []);
      const [bx, by] = xy(ring[i + 1] ?? []);
      const dx = (bx - ax) * k;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t =
        len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * k * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot((x - ax) * k - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

function inside(poly: Position[][], x: number, y: number): boolean {
  let isIn = false;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = xy(ring[i] ?? []);
      const [xj, yj] = xy(ring[j] ?? []);
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn;
    }
  }
  return isIn;
}

/**
 * A label point well inside the polygon: the point of the largest part farthest from
 * its edges, found by a coarse grid search refined twice (a small, deterministic
 * stand-in for polylabel). A centroid can fall outside a crescent; this cannot.
 */
export function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const polys = polygonsOf(g);
  const areaOf = (poly: Position[][]) => {
    const [w, s, e, n] = bboxOf({ type: 'Polygon', coordinates: poly });
    return (e - w) * (n - s);
  };
  const largest = polys.reduce((a, b) => (areaOf(b) > areaOf(a) ? b : a));
  const [w0, s0, e0, n0] = bboxOf({ type: 'Polygon', coordinates: largest });
  const k = Math.cos((((s0 + n0) / 2) * Math.PI) / 180);
  let best: [number, number] = xy(largest[0]?.[0] ?? []);
  let bestD = -1;
  let box = [w0, s0, e0, n0] as [number, number, number, number];
  for (let pass = 0; pass < 3; pass++) {
    const [w, s, e, n] = box;
    const steps = 40;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = w + ((e - w) * i) / steps;
        const y = s + ((n - s) * j) / steps;
        if (!inside(largest, x, y)) continue;
        const d = edgeDistance(largest, x, y, k);
        if (d > bestD) {
          bestD = d;
          best = [x, y];
        }
      }
    }
    const dx = (e - w) / 10;
    const dy = (n - s) / 10;
    box = [best[0] - dx, best[1] - dy, best[0] + dx, best[1] + dy];
  }
  return best;
}
