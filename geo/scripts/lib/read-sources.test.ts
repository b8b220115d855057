import { describe, expect, it } from 'vitest';
import { miniSourceFiles } from '../test-helpers.ts';
import { SourceError } from './errors.ts';
import { readSources } from './read-sources.ts';

describe('readSources (fixtures/in/mini-sources)', () => {
  const files = miniSourceFiles();

  it('reads every table and the district name, without a drop-in file', () => {
    const s = readSources(files);
    expect(s.outlinesPath).toBe('mini-sources/admin-outlines.gcj02.geojson');
    expect(s.districtName).toBe('鹿泉区');
    expect([s.outlines.length, s.townships.length, s.villages.length, s.places.length]).toEqual([
      3, 3, 4, 5,
    ]);
    expect(s.dropIn).toBeUndefined();
  });

  it('names the prefecture city after its outline and other cities without the note', () => {
    expect(readSources(files).cities.map((c) => [c.id, c.code, c.name])).toEqual([
      ['shijiazhuang_centre', '130100', '石家庄市'],
      ['wuhan_centre', '420100', '武汉市'],
    ]);
  });

  it('requires the outline of the district itself, naming the file', () => {
    const outlines = JSON.parse(files.outlines.text) as { features: unknown[] };
    outlines.features.shift();
    const text = JSON.stringify(outlines);
    const read = () => readSources({ ...files, outlines: { ...files.outlines, text } });
    expect(read).toThrow(SourceError);
    expect(read).toThrow(
      'mini-sources/admin-outlines.gcj02.geojson: no outline for 130110 — the district',
    );
  });

  it('checks codes across files: a places.csv code must be a known division', () => {
    const text = files.places.text.replace(',130110101200,', ',130110101299,');
    expect(() => readSources({ ...files, places: { ...files.places, text } })).toThrow(
      'mini-sources/places.csv:4: unknown code "130110101299" for village',
    );
  });

  it('parses a dropped-in boundary file against the townships of townships.csv', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs_label: 'WGS84',
      features: [
        {
          type: 'Feature',
          properties: { code: '130110999', source: 'x', licence: 'y' },
          geometry: { type: 'Polygon', coordinates: [] },
        },
      ],
    });
    const withFile = { ...files, townshipBoundaries: { path: 'mini/tb.geojson', text } };
    expect(() => readSources(withFile)).toThrow(/^mini\/tb\.geojson: feature 0: unknown code/);
  });
});
