import { describe, expect, it } from 'vitest';
import { contextGeojson } from './context.geojson.ts';
import { wgs84Outlines } from './lib/outlines.ts';
import { readSources } from './lib/read-sources.ts';
import { expectedFixture, miniSourceFiles } from './test-helpers.ts';

describe('contextGeojson (fixtures/in/mini-sources → fixtures/out/mini-context.geojson)', () => {
  const sources = readSources(miniSourceFiles());
  const { outlines } = wgs84Outlines(sources.outlines, sources.outlinesPath);
  const features = contextGeojson(outlines, sources.cities);

  it('matches the expected output', () => {
    const actual = { type: 'FeatureCollection', features };
    expect(actual).toEqual(expectedFixture('mini-context.geojson', actual));
  });

  it('draws the district, counties, prefecture and the city points, sorted by id', () => {
    expect(features.map((f) => [f.id, f.properties.kind])).toEqual([
      ['130100', 'prefecture'],
      ['130105', 'county'],
      ['130110', 'district'],
      ['shijiazhuang_centre', 'city'],
      ['wuhan_centre', 'city'],
    ]);
  });

  it('marks only counties with borders_luquan, before sources in the written order', () => {
    expect(features.filter((f) => 'borders_luquan' in f.properties).map((f) => f.id)).toEqual([
      '130105',
    ]);
    expect(Object.keys(features[1]?.properties ?? {})).toEqual([
      'id',
      'code',
      'name_hans',
      'name_hant',
      'kind',
      'borders_luquan',
      'sources',
    ]);
  });

  it('names the prefecture city after its outline and other cities without their note', () => {
    expect(features[3]?.properties.name_hans).toBe('石家庄市');
    expect(features[4]?.properties.name_hant).toBe('武漢市');
  });
});
