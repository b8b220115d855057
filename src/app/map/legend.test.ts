import { describe, expect, it } from 'vitest';
import type { MapState } from '../../shared/model.ts';
import { legendEntries, registerLegendEntry } from './legend.ts';

const state = (over: Partial<MapState> = {}): MapState => ({
  camera: { bounds: [114.2, 38.0, 114.4, 38.2], maxZoom: 12 },
  highlights: [],
  cities: [],
  layers: [],
  approximate: [],
  derivedArea: false,
  note: { hant: '', hans: '' },
  ...over,
});
const ids = (s: MapState, drawn: string[] = []) =>
  legendEntries({ state: s, rendered: (layer) => drawn.includes(layer) }).map((e) => e.id);

describe('legend entries', () => {
  it('list only what a chapter shows', () => {
    expect(ids(state())).toEqual([]);
    expect(
      ids(state({ highlights: [{ source: 'townships', id: '130110105' }], derivedArea: true })),
    ).toEqual(['township-derived']);
    expect(ids(state({ highlights: [{ source: 'places', id: 'x' }] }), ['river-line'])).toEqual([
      'village',
      'river',
    ]);
  });

  it('show the Wuhan line, the city and the provinces in a wide view', () => {
    const wide = state({
      camera: { bounds: [114.2, 30.5, 114.4, 38.2], maxZoom: 12 },
      cities: ['420100'],
      layers: ['wuhan-link'],
    });
    expect(ids(wide)).toEqual(['city', 'wuhan-link', 'province']);
  });

  it('take entries other layers register, in order', () => {
    registerLegendEntry({
      id: 'test-gift',
      label: { hant: '捐贈', hans: '捐赠' },
      swatch: { shape: 'dot', color: '#000' },
      shows: ({ state: s }) => s.cities.includes('gift'),
    });
    expect(ids(state({ cities: ['gift'] }))).toEqual(['city', 'test-gift']);
  });
});
