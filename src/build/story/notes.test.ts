import { describe, expect, it } from 'vitest';
import { chapterNote, placeNote, type ChapterNoteFacts } from './notes.ts';

const name = (hant: string, hans: string) => ({ hant, hans });
const base: ChapterNoteFacts = {
  names: [],
  approximate: [],
  allTownships: false,
  derivedArea: false,
  townshipCount: 13,
};

describe('chapterNote', () => {
  it('says which place stands in for a village without a point, and that areas are estimated', () => {
    const state: ChapterNoteFacts = {
      ...base,
      names: [name('北寨村', '北寨村')],
      approximate: [
        { code: '130110202203', name: name('北寨村', '北寨村'), shownAs: name('上寨鄉', '上寨乡') },
      ],
      derivedArea: true,
    };
    expect(chapterNote(state).hant).toBe('地圖顯示：上寨鄉（北寨村位置約略）；鄉鎮界線為推估');
    expect(chapterNote(state).hans).toBe('地图显示：上寨乡（北寨村位置约略）；乡镇界线为推估');
  });

  it('names places shown through the same township together, once', () => {
    const shangzhuang = name('上莊鎮', '上庄镇');
    const state: ChapterNoteFacts = {
      ...base,
      names: [name('大王廟村', '大王庙村'), name('大宋樓村', '大宋楼村')],
      approximate: [
        { code: '130110103208', name: name('大王廟村', '大王庙村'), shownAs: shangzhuang },
        { code: '130110103204', name: name('大宋樓村', '大宋楼村'), shownAs: shangzhuang },
      ],
    };
    expect(chapterNote(state).hant).toBe('地圖顯示：上莊鎮（大王廟村、大宋樓村位置約略）');
  });

  it('sums up a chapter about every township instead of listing thirteen names', () => {
    const codes = Array.from({ length: 12 }, (_, i) => `1301101${String(i).padStart(2, '0')}`);
    const state: ChapterNoteFacts = {
      ...base,
      allTownships: true,
      names: codes.map((c) => name(c, c)),
      approximate: [
        { code: '130110500', name: name('開發區', '开发区'), shownAs: name('鹿泉區', '鹿泉区') },
      ],
    };
    expect(chapterNote(state).hant).toBe('地圖顯示：全區13個鄉鎮(開發區)');
  });
});

describe('placeNote', () => {
  const yian = name('宜安鎮', '宜安镇');
  const peicun = name('裴村', '裴村');

  it('names the township a village is shown through', () => {
    expect(placeNote(peicun, 'township', { code: '130110105', name: yian })).toEqual({
      hant: '地圖顯示：宜安鎮（裴村位置約略）',
      hans: '地图显示：宜安镇（裴村位置约略）',
    });
  });
  it('names a township and a village beside it', () => {
    const state: ChapterNoteFacts = {
      ...base,
      names: [name('宜安鎮', '宜安镇'), name('北寨村', '北寨村')],
      approximate: [
        { code: '130110202203', name: name('北寨村', '北寨村'), shownAs: name('上寨鄉', '上寨乡') },
      ],
    };
    expect(chapterNote(state).hant).toBe('地圖顯示：宜安鎮、上寨鄉（北寨村位置約略）');
  });

  it('just names a township', () => {
    expect(placeNote(yian, 'township', undefined).hant).toBe('地圖顯示：宜安鎮');
  });

  it('does not name the district as a stand-in: too coarse to help', () => {
    const devZoneVillage = name('某村', '某村');
    const luquan = { code: '130110', name: name('鹿泉區', '鹿泉区') };
    expect(placeNote(devZoneVillage, 'district', luquan).hant).toBe('地圖顯示：某村');
  });
});
