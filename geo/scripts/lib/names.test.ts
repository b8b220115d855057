import { describe, expect, it } from 'vitest';
import { HANT_OVERRIDES, shortName, toHant, villageKind } from './names.ts';

describe('toHant', () => {
  it.each([
    ['上寨乡', '上寨鄉'],
    ['获鹿镇', '獲鹿鎮'],
    ['寺家庄镇', '寺家莊鎮'],
    ['大王庙村', '大王廟村'],
    // 钟 has two Traditional forms (鍾/鐘); the article writes 鍾家莊村.
    ['钟家庄村', '鍾家莊村'],
    ['鹿泉区', '鹿泉區'],
  ])('%s → %s as the article writes it', (hans, hant) => {
    expect(toHant(hans)).toBe(hant);
  });

  it('applies the override table first', () => {
    for (const [hans, hant] of Object.entries(HANT_OVERRIDES)) expect(toHant(hans)).toBe(hant);
  });
});

describe('shortName', () => {
  it.each([
    ['贺庄社区居民委员会', '贺庄社区'],
    ['北寨村村民委员会', '北寨村'],
    ['王村村民委员会', '王村'],
    ['北方大学城社区', '北方大学城社区'],
    ['某某委员会', '某某'],
  ])('%s → %s', (full, short) => expect(shortName(full)).toBe(short));

  it('calls 社区 a community, anything else a village', () => {
    expect(villageKind('贺庄社区')).toBe('community');
    expect(villageKind('大毕村社区')).toBe('community');
    expect(villageKind('王村')).toBe('village');
  });
});
