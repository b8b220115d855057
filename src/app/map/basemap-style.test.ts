import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  asStyle,
  basemapAdditions,
  resolveStyleUrl,
  storyLayersOverBasemap,
  usesPmtiles,
} from './basemap-style.ts';
import { storyLayers } from './layers.ts';

const styleUrl = 'https://maps.example.test/styles/light/style.json';

const style: StyleSpecification = {
  version: 8,
  glyphs: '../../fonts/{fontstack}/{range}.pbf',
  sprite: 'sprite',
  sources: {
    places: { type: 'vector', url: 'https://tiles.example.test/v.json', attribution: '© Example' },
    hills: { type: 'raster', tiles: ['hills/{z}/{x}/{y}.png'], tileSize: 256 },
    roads: { type: 'geojson', data: '/data/roads.geojson' },
  },
  layers: [
    { id: 'land', type: 'background', paint: { 'background-color': '#eee' } },
    { id: 'hillshade', type: 'raster', source: 'hills' },
    { id: 'places', type: 'line', source: 'places', 'source-layer': 'transportation' },
  ],
};

describe('basemap style', () => {
  it('resolves relative URLs against the style URL and keeps template braces', () => {
    expect(resolveStyleUrl('hills/{z}/{x}/{y}.png', styleUrl)).toBe(
      'https://maps.example.test/styles/light/hills/{z}/{x}/{y}.png',
    );
    expect(resolveStyleUrl('pmtiles://https://a.test/x.pmtiles', styleUrl)).toBe(
      'pmtiles://https://a.test/x.pmtiles',
    );
  });

  it('renames every source and layer under basemap: (a source named like ours cannot clash)', () => {
    const { sources, layers, glyphs, sprite } = basemapAdditions(style, styleUrl);
    expect(Object.keys(sources)).toEqual(['basemap:places', 'basemap:hills', 'basemap:roads']);
    expect(sources['basemap:places']).toEqual(style.sources['places']);
    expect(sources['basemap:hills']).toMatchObject({
      tiles: ['https://maps.example.test/styles/light/hills/{z}/{x}/{y}.png'],
    });
    expect(sources['basemap:roads']).toMatchObject({
      data: 'https://maps.example.test/data/roads.geojson',
    });
    expect(layers.map((l) => [l.id, 'source' in l ? l.source : undefined])).toEqual([
      ['basemap:land', undefined],
      ['basemap:hillshade', 'basemap:hills'],
      ['basemap:places', 'basemap:places'],
    ]);
    expect(glyphs).toBe('https://maps.example.test/fonts/{fontstack}/{range}.pbf');
    expect(sprite).toBe('https://maps.example.test/styles/light/sprite');
    // The fetched style itself is left as it was.
    expect(style.layers[1]).toMatchObject({ id: 'hillshade', source: 'hills' });
  });

  it('says when a style needs the PMTiles protocol', () => {
    expect(usesPmtiles(basemapAdditions(style, styleUrl).sources)).toBe(false);
    expect(usesPmtiles({ a: { type: 'raster', url: 'pmtiles://https://a.test/x.pmtiles' } })).toBe(
      true,
    );
  });

  it('refuses what is not a style, saying what is missing', () => {
    expect(() => asStyle('<html>')).toThrow(/not a MapLibre style/);
    expect(() => asStyle({ version: 8, layers: [] })).toThrow(/"sources"/);
    expect(() => asStyle({ version: 8, sources: {} })).toThrow(/"layers"/);
    expect(asStyle(style)).toBe(style);
  });

  it('changes only layers the story has, and only fills and the background', () => {
    const ours = new Map(storyLayers('hant').map((l) => [l.id, l.type]));
    for (const change of storyLayersOverBasemap) {
      expect(ours.has(change.layer), change.layer).toBe(true);
      expect(['fill', 'background']).toContain(ours.get(change.layer));
    }
  });
});
