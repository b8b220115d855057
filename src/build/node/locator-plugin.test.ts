import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegionLayers } from '../../shared/geo-schema.ts';
import { locatorOutline } from './locator-plugin.ts';

const provinces = JSON.parse(
  await readFile(
    path.resolve(import.meta.dirname, '../../../geo/region-provinces.geojson'),
    'utf8',
  ),
) as RegionLayers['provinces'];

describe('locatorOutline', () => {
  const lines = locatorOutline(provinces);
  const all = [...lines.outline.flat(), ...lines.hebei.flat(2)];

  it('keeps the province borders and Hebei, at two decimals', () => {
    expect(lines.outline.length).toBeGreaterThan(0);
    expect(lines.hebei.length).toBeGreaterThan(0);
    for (const [lon, lat] of all) {
      expect(Math.round(lon! * 100) / 100).toBe(lon);
      expect(Math.round(lat! * 100) / 100).toBe(lat);
    }
  });

  it('is far smaller than the provinces file and spans the same box (within a pixel of the inset)', () => {
    expect(JSON.stringify(lines).length).toBeLessThan(JSON.stringify(provinces).length / 2);
    const outline = provinces.features.find((f) => f.properties.kind === 'province-outline')!;
    const source = (outline.geometry as { coordinates: number[][][] }).coordinates.flat();
    const kept = lines.outline.flat();
    const box = (ps: number[][]) => [
      Math.min(...ps.map((p) => p[0]!)),
      Math.min(...ps.map((p) => p[1]!)),
      Math.max(...ps.map((p) => p[0]!)),
      Math.max(...ps.map((p) => p[1]!)),
    ];
    const [a, b] = [box(source), box(kept)];
    // ~0.09° a pixel at the inset's 160 px for ~14° of longitude.
    for (let i = 0; i < 4; i += 1) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(0.09);
  });
});
