import { describe, expect, it } from 'vitest';
import { readSources } from './lib/read-sources.ts';
import { placesGeojson } from './places.geojson.ts';
import { expectedFixture, miniSourceFiles } from './test-helpers.ts';

describe('placesGeojson (fixtures/in/mini-sources → fixtures/out/mini-places.geojson)', () => {
  const features = placesGeojson(readSources(miniSourceFiles()));

  it('matches the expected output', () => {
    const actual = { type: 'FeatureCollection', features };
    expect(actual).toEqual(expectedFixture('mini-places.geojson', actual));
  });

  it('holds the district seat, the located township seats and the located villages only, by id', () => {
    expect(features.map((f) => [f.id, f.properties.kind])).toEqual([
      ['130110', 'district-seat'],
      ['130110100', 'township-seat'],
      ['130110100001', 'community'],
      ['130110101', 'township-seat'],
      ['130110101200', 'village'],
    ]);
  });

  it('uses short names without the committee suffix or the editorial note', () => {
    const names = features.map((f) => f.properties.name_hant);
    expect(names).toEqual(['鹿泉區人民政府', '獲鹿鎮', '旱碼頭社區', '銅冶鎮', '王村']);
  });

  it('grades GeoNames points low and AMap points medium; the district seat keeps its row', () => {
    expect(features.map((f) => f.properties.precision)).toEqual([
      'medium',
      'low',
      'medium',
      'medium',
      'medium',
    ]);
  });

  it('converts GCJ-02 points to WGS84 and keeps WGS84 points as written', () => {
    expect(features[1]?.geometry.coordinates).toEqual([114.3, 38.1]);
    const [lon, lat] = features[4]?.geometry.coordinates ?? [];
    expect(lon).not.toBe(114.45);
    expect(Math.abs((lon ?? 0) - 114.45)).toBeLessThan(0.01);
    expect(Math.abs((lat ?? 0) - 38.0)).toBeLessThan(0.01);
  });
});
