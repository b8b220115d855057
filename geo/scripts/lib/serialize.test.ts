import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  compareCodeUnits,
  serializeCollection,
  serializeDivisions,
  sortById,
  sortedUnique,
} from './serialize.ts';

const pt = (id: string): Feature<Point, object> => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: { type: 'Point', coordinates: [1, 2] },
});

describe('serialize', () => {
  it('writes one feature per line inside a FeatureCollection', () => {
    expect(serializeCollection([pt('a'), pt('b')])).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","id":"a","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},\n' +
        '{"type":"Feature","id":"b","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}\n' +
        ']}\n',
    );
    expect(serializeCollection([])).toBe('{"type":"FeatureCollection","features":[]}\n');
  });

  it('writes divisions one per line in an array', () => {
    const d = { code: '1', name_hans: 'a', name_hant: 'a', short_hans: 'a', short_hant: 'a' };
    expect(serializeDivisions([{ ...d, kind: 'city' }])).toBe(
      '[\n{"code":"1","name_hans":"a","name_hant":"a","short_hans":"a","short_hant":"a","kind":"city"}\n]\n',
    );
  });

  it('sorts by code units (digits before letters, upper before lower), not by locale', () => {
    expect(sortById([pt('wuhan'), pt('Z'), pt('130110')]).map((f) => f.id)).toEqual([
      '130110',
      'Z',
      'wuhan',
    ]);
    expect(compareCodeUnits('a', 'a')).toBe(0);
    expect(sortedUnique(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });
});
