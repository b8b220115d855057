import { describe, expect, it } from 'vitest';
import type { Chapter, Story, StoryPlace } from '../../shared/model.ts';
import { mapStateFor } from './map-state.ts';

const place = (
  p: Partial<StoryPlace> & Pick<StoryPlace, 'code' | 'kind' | 'resolvedAs'>,
): StoryPlace => ({
  name: { hant: p.code, hans: p.code },
  bbox: [114, 38, 114.1, 38.1],
  approximate: p.resolvedAs !== 'point',
  ...p,
});

const places: Record<string, StoryPlace> = {
  '130110': place({ code: '130110', kind: 'district', resolvedAs: 'district', approximate: false }),
  '130110202': place({
    code: '130110202',
    kind: 'township',
    resolvedAs: 'township',
    townshipCode: '130110202',
  }),
  '130110202203': place({
    code: '130110202203',
    kind: 'village',
    resolvedAs: 'township',
    townshipCode: '130110202',
  }),
  '130110102204': place({
    code: '130110102204',
    kind: 'village',
    resolvedAs: 'point',
    townshipCode: '130110102',
  }),
  '420100': place({ code: '420100', kind: 'city', resolvedAs: 'point' }),
};

const chapter = (codes: string[], layers: Chapter['layers'] = []): Chapter => ({
  id: 'c',
  index: 0,
  source: { file: 'content/chapters/01-c.md', line: 1 },
  places: codes,
  layers,
  view: { bounds: [114, 38, 114.1, 38.1], maxZoom: 12 },
  html: { hant: '', hans: '' },
});

const story = { places, townshipCount: 2 } as unknown as Story;

describe('mapStateFor', () => {
  it('marks a township itself, with no approximate note', () => {
    const state = mapStateFor(chapter(['130110202']), story);
    expect(state.townships).toEqual(['130110202']);
    expect(state.approximate).toEqual([]);
    expect(state.derivedArea).toBe(true);
  });

  it('shows a village without a point through its township, and says so', () => {
    const state = mapStateFor(chapter(['130110202203']), story);
    expect(state.townships).toEqual(['130110202']);
    expect(state.places).toEqual([]);
    expect(state.approximate).toEqual([
      {
        code: '130110202203',
        name: places['130110202203']!.name,
        shownAs: places['130110202']!.name,
      },
    ]);
  });

  it('marks a village with a sourced point as a place', () => {
    const state = mapStateFor(chapter(['130110102204']), story);
    expect(state.places).toEqual(['130110102204']);
    expect(state.townships).toEqual([]);
    expect(state.derivedArea).toBe(false);
  });

  it('marks the district outline and shows cities as context, not as places', () => {
    const state = mapStateFor(chapter(['130110', '420100'], ['wuhan-link']), story);
    expect(state.district).toBe(true);
    expect(state.places).toEqual([]);
    expect(state.cities).toEqual(['420100']);
    expect(state.layers).toEqual(['wuhan-link']);
  });

  it('knows when a chapter is about every township of the district', () => {
    const two = {
      ...places,
      '130110101': place({ code: '130110101', kind: 'township', resolvedAs: 'township' }),
    };
    const all = { places: two, townshipCount: 2 } as unknown as Story;
    expect(mapStateFor(chapter(['130110202', '130110101']), all).allTownships).toBe(true);
    expect(mapStateFor(chapter(['130110202']), all).allTownships).toBe(false);
  });

  it('is the same whatever came before (no hidden state)', () => {
    const a = mapStateFor(chapter(['130110202203']), story);
    mapStateFor(chapter(['130110']), story);
    expect(mapStateFor(chapter(['130110202203']), story)).toEqual(a);
  });
});
