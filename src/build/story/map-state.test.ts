import { describe, expect, it } from 'vitest';
import type { ResolvedPlace, StoryPlace } from '../../shared/model.ts';
import { chapterMapState, type ChapterMapInput } from './map-state.ts';
import { storyPlaces } from './places.ts';

const resolved = (
  p: Partial<ResolvedPlace> & Pick<ResolvedPlace, 'code' | 'kind' | 'resolvedAs'>,
): ResolvedPlace => ({
  name: { hant: p.code, hans: p.code },
  bbox: [114, 38, 114.1, 38.1],
  approximate: p.resolvedAs !== 'point',
  ...p,
});

const gazetteer: Record<string, ResolvedPlace> = {
  '130110': resolved({
    code: '130110',
    kind: 'district',
    resolvedAs: 'district',
    approximate: false,
  }),
  '130110101': resolved({ code: '130110101', kind: 'township', resolvedAs: 'township' }),
  '130110202': resolved({
    code: '130110202',
    kind: 'township',
    resolvedAs: 'township',
    townshipCode: '130110202',
  }),
  '130110202203': resolved({
    code: '130110202203',
    kind: 'village',
    resolvedAs: 'township',
    townshipCode: '130110202',
  }),
  '130110102204': resolved({
    code: '130110102204',
    kind: 'village',
    resolvedAs: 'point',
    townshipCode: '130110102',
  }),
  '420100': resolved({ code: '420100', kind: 'city', resolvedAs: 'point', approximate: false }),
};
const resolve = (code: string) => gazetteer[code];
const places = storyPlaces(Object.keys(gazetteer), resolve, new Map());

const stateFor = (codes: string[], extra: Partial<ChapterMapInput> = {}) => {
  const state = chapterMapState({
    places: codes.map((c) => places[c] as StoryPlace),
    layers: [],
    townshipCount: 2,
    resolve,
    ...extra,
  });
  if (!state) throw new Error('no state');
  return state;
};

describe('chapterMapState', () => {
  it('marks a township itself, with no approximate note', () => {
    const state = stateFor(['130110202']);
    expect(state.highlights).toEqual([{ source: 'townships', id: '130110202' }]);
    expect(state.approximate).toEqual([]);
    expect(state.derivedArea).toBe(true);
  });

  it('shows a village without a point through its township, and says so', () => {
    const state = stateFor(['130110202203']);
    expect(state.highlights).toEqual([{ source: 'townships', id: '130110202' }]);
    expect(state.approximate).toEqual([
      {
        code: '130110202203',
        name: gazetteer['130110202203']!.name,
        shownAs: gazetteer['130110202']!.name,
      },
    ]);
    expect(state.note.hant).toBe('地圖顯示：130110202（130110202203位置約略）；鄉鎮界線為推估');
  });

  it('highlights a township once, however many of its places the chapter names', () => {
    expect(stateFor(['130110202', '130110202203']).highlights).toHaveLength(1);
  });

  it('marks a village with a sourced point as a place', () => {
    const state = stateFor(['130110102204']);
    expect(state.highlights).toEqual([{ source: 'places', id: '130110102204' }]);
    expect(state.derivedArea).toBe(false);
    expect(state.camera.maxZoom).toBe(13);
  });

  it('marks the district outline and shows cities as context, not as places', () => {
    const state = stateFor(['130110', '420100'], { layers: ['wuhan-link'] });
    expect(state.highlights).toEqual([{ source: 'context', id: '130110' }]);
    expect(state.cities).toEqual(['420100']);
    expect(state.layers).toEqual(['wuhan-link']);
  });

  it('sums up a chapter about every township of the district', () => {
    expect(stateFor(['130110202', '130110101']).note.hant).toBe(
      '地圖顯示：全區2個鄉鎮(開發區)；鄉鎮界線為推估',
    );
  });

  it('frames the union of its places, with the front matter hint', () => {
    const state = stateFor(['130110202'], { hint: { zoom: 9 } });
    expect(state.camera).toEqual({
      bounds: [114, 38, 114.1, 38.1],
      maxZoom: 12,
      hint: { zoom: 9 },
    });
  });

  it('has no state without places', () => {
    expect(chapterMapState({ places: [], layers: [], townshipCount: 2, resolve })).toBeUndefined();
  });
});
