/**
 * Fixture tests in the style of Turf: each geo/scripts/fixtures/in/<name>.geojson is
 * run through a pure function and compared with fixtures/out/<name>.geojson.
 * A missing expected file fails the test. Set REGEN=1 to (re)write the expected files
 * after a deliberate change, then review the diff and run prettier on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { expectedFixture, FIXTURES_DIR as FIXTURES } from '../test-helpers.ts';
import { removeSpikes } from './geometry.ts';
import { labelPoint, partitionDistrict } from './partition.ts';

function read(dir: 'in', name: string): FeatureCollection {
  return JSON.parse(readFileSync(join(FIXTURES, dir, name), 'utf8')) as FeatureCollection;
}

function compare(name: string, actual: FeatureCollection): void {
  expect(actual).toEqual(expectedFixture(name, actual));
}

describe('partitionDistrict (fixtures/in/partition-l-shape.geojson)', () => {
  const input = read('in', 'partition-l-shape.geojson');
  const district = input.features.find((f) => f.properties?.['role'] === 'district')
    ?.geometry as Polygon;
  const seeds = input.features
    .filter((f): f is Feature<Point> => f.geometry.type === 'Point')
    .map((f, i) => ({
      township: String(f.properties?.['township']),
      position: f.geometry.coordinates as [number, number],
      file: 'partition-l-shape.geojson',
      line: i,
    }));
  const areas = partitionDistrict(district, seeds);
  const actual: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...areas].map(([code, geometry]) => ({
      type: 'Feature',
      properties: { code, label: labelPoint(geometry) },
      geometry,
    })),
  };

  it('matches the expected output', () => compare('partition-l-shape.geojson', actual));

  it('tiles the district: areas add up to the outline, each holds its own seeds', () => {
    const total = actual.features.reduce((s, f) => s + area(f), 0);
    expect(Math.abs(total - area(district)) / area(district)).toBeLessThan(1e-6);
    for (const seed of seeds) {
      const own = areas.get(seed.township);
      expect(own && booleanPointInPolygon(seed.position, own)).toBe(true);
    }
    for (const [, geometry] of areas) {
      expect(booleanPointInPolygon(labelPoint(geometry), geometry)).toBe(true);
    }
  });

  it('refuses one point seeding two townships, naming both rows', () => {
    const clash = [
      ...seeds,
      {
        township: '130110999',
        position: seeds[0]!.position,
        file: 'x',
        line: 9,
      },
    ];
    expect(() => partitionDistrict(district, clash)).toThrow(/x:9: .*also a point of township/);
  });
});

describe('removeSpikes (fixtures/in/spikes.geojson)', () => {
  it('drops the needle and the repeated vertex', () => {
    const input = read('in', 'spikes.geojson');
    const actual: FeatureCollection = {
      type: 'FeatureCollection',
      features: input.features.map((f) => ({
        ...f,
        geometry: {
          type: 'Polygon',
          coordinates: (f.geometry as Polygon).coordinates.map(removeSpikes),
        },
      })),
    };
    compare('spikes.geojson', actual);
    expect((actual.features[0]?.geometry as Polygon).coordinates[0]).toHaveLength(6);
  });
});
