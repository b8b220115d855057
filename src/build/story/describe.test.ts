import { describe, expect, it } from 'vitest';
import type { Story, StoryPlace } from '../../shared/model.ts';
import { describeMapState, describePlace } from './describe.ts';
import type { MapState } from './map-state.ts';

const name = (hant: string, hans: string) => ({ hant, hans });
const base: MapState = {
  chapterId: 'c',
  bounds: [0, 0, 1, 1],
  maxZoom: 12,
  townships: [],
  places: [],
  cities: [],
  district: false,
  layers: [],
  approximate: [],
  derivedArea: false,
  allTownships: false,
  names: [],
};

describe('describeMapState', () => {
  it('says which place stands in for a village without a point, and that areas are estimated', () => {
    const state: MapState = {
      ...base,
      townships: ['130110202'],
      names: [name('北寨村', '北寨村')],
      approximate: [
        { code: '130110202203', name: name('北寨村', '北寨村'), shownAs: name('上寨鄉', '上寨乡') },
      ],
      derivedArea: true,
    };
    expect(describeMapState(state, 'hant', 13)).toBe(
      '地圖顯示：上寨鄉（北寨村位置約略）；鄉鎮界線為推估',
    );
    expect(describeMapState(state, 'hans', 13)).toBe(
      '地图显示：上寨乡（北寨村位置约略）；乡镇界线为推估',
    );
  });

  it('names places shown through the same township together, once', () => {
    const shangzhuang = name('上莊鎮', '上庄镇');
    const state: MapState = {
      ...base,
      townships: ['130110103'],
      names: [name('大王廟村', '大王庙村'), name('大宋樓村', '大宋楼村')],
      approximate: [
        { code: '130110103208', name: name('大王廟村', '大王庙村'), shownAs: shangzhuang },
        { code: '130110103204', name: name('大宋樓村', '大宋楼村'), shownAs: shangzhuang },
      ],
    };
    expect(describeMapState(state, 'hant', 13)).toBe(
      '地圖顯示：上莊鎮（大王廟村、大宋樓村位置約略）',
    );
  });

  it('sums up a chapter about every township instead of listing thirteen names', () => {
    const codes = Array.from({ length: 12 }, (_, i) => `1301101${String(i).padStart(2, '0')}`);
    const state: MapState = {
      ...base,
      allTownships: true,
      townships: codes,
      names: codes.map((c) => name(c, c)),
      approximate: [
        { code: '130110500', name: name('開發區', '开发区'), shownAs: name('鹿泉區', '鹿泉区') },
      ],
    };
    expect(describeMapState(state, 'hant', 13)).toBe('地圖顯示：全區13個鄉鎮(開發區)');
  });
});

describe('describePlace', () => {
  const township: StoryPlace = {
    code: '130110105',
    name: name('宜安鎮', '宜安镇'),
    kind: 'township',
    resolvedAs: 'township',
    townshipCode: '130110105',
    bbox: [0, 0, 1, 1],
    approximate: true,
  };
  const village: StoryPlace = {
    ...township,
    code: '130110105203',
    name: name('裴村', '裴村'),
    kind: 'village',
  };
  const story = {
    places: { [township.code]: township, [village.code]: village },
  } as unknown as Story;

  it('names the township a village is shown through', () => {
    expect(describePlace(village, story, 'hant')).toBe('地圖顯示：宜安鎮（裴村位置約略）');
  });
  it('names a township and a village beside it', () => {
    const state: MapState = {
      ...base,
      townships: ['130110105', '130110202'],
      names: [name('宜安鎮', '宜安镇'), name('北寨村', '北寨村')],
      approximate: [
        { code: '130110202203', name: name('北寨村', '北寨村'), shownAs: name('上寨鄉', '上寨乡') },
      ],
    };
    expect(describeMapState(state, 'hant', 13)).toBe('地圖顯示：宜安鎮、上寨鄉（北寨村位置約略）');
  });

  it('just names a township', () => {
    expect(describePlace(township, story, 'hant')).toBe('地圖顯示：宜安鎮');
  });
});
