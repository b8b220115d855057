import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { kinks } from '@turf/kinks';
import { miniSourceFiles } from '../test-helpers.ts';
import { polygonsOf, ringArea } from './geometry.ts';
import { wgs84Outlines } from './outlines.ts';
import { readSources } from './read-sources.ts';
import type { OutlineFeature } from './outline-source.ts';

const sources = readSources(miniSourceFiles());
const PATH = sources.outlinesPath;

describe('wgs84Outlines (fixtures/in/mini-sources)', () => {
  const result = wgs84Outlines(sources.outlines, PATH);
  const byCode = new Map(result.outlines.map((o) => [o.code, o]));

  it('keeps every outline in source order and returns the district', () => {
    expect(result.outlines.map((o) => o.code)).toEqual(['130110', '130105', '130100']);
    expect(result.district).toEqual(byCode.get('130110')?.geometry);
  });

  it('converts GCJ-02 to WGS84: every vertex moves a few hundred metres, rounded to 6 decimals', () => {
    const ring = polygonsOf(result.district)[0]?.[0] ?? [];
    expect(ring[0]).toEqual([114.19374, 37.89926]);
    const source = polygonsOf(sources.outlines[0]?.geometry ?? result.district)[0]?.[0] ?? [];
    ring.forEach((p, i) => {
      const shift = Math.hypot(
        (p[0] ?? 0) - (source[i]?.[0] ?? 0),
        (p[1] ?? 0) - (source[i]?.[1] ?? 0),
      );
      expect(shift).toBeGreaterThan(0.003);
      expect(shift).toBeLessThan(0.01);
      for (const x of p) expect(Math.round(x * 1e6) / 1e6).toBe(x);
    });
  });

  it('keeps a shared border shared: the district east edge is the neighbour west edge', () => {
    const edge = (code: string) =>
      (polygonsOf(byCode.get(code)?.geometry ?? result.district)[0]?.[0] ?? [])
        .filter((p: Position) => Math.abs((p[0] ?? 0) - 114.494) < 0.001)
        .map((p) => p.join(','));
    const unique = (code: string) => [...new Set(edge(code))].sort();
    expect(unique('130110')).toEqual(unique('130105'));
    expect(unique('130110')).toHaveLength(2);
  });

  it('winds outer rings counter-clockwise and reports vertex counts', () => {
    for (const o of result.outlines) {
      expect(ringArea(polygonsOf(o.geometry)[0]?.[0] ?? []), o.code).toBeGreaterThan(0);
    }
    expect(result.notes).toEqual([
      '130110: 5 → 5 vertices',
      '130105: 5 → 5 vertices',
      '130100: 5 → 5 vertices',
    ]);
  });

  it('repairs a self-intersecting outline and says so', () => {
    const bowtie: OutlineFeature = {
      code: '130199',
      name: 'bow tie',
      level: 'county',
      bordersLuquan: false,
      // A square whose hole pokes out through its east side.
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [114.0, 37.0],
            [114.2, 37.0],
            [114.2, 37.2],
            [114.0, 37.2],
            [114.0, 37.0],
          ],
          [
            [114.15, 37.05],
            [114.15, 37.15],
            [114.25, 37.15],
            [114.25, 37.05],
            [114.15, 37.05],
          ],
        ],
      },
    };
    const repaired = wgs84Outlines([...sources.outlines, bowtie], PATH);
    expect(repaired.notes.filter((n) => n.startsWith('130199: repaired'))).toHaveLength(1);
    const fixed = repaired.outlines.find((o) => o.code === '130199');
    expect(fixed && kinks(fixed.geometry).features).toHaveLength(0);
  });

  it('refuses a set without the district outline, naming the file', () => {
    const others = sources.outlines.filter((o) => o.code !== '130110');
    expect(() => wgs84Outlines(others, PATH)).toThrow(`${PATH}: no outline for 130110`);
  });
});
