import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/facts.ts';
import type { Chapter, StoryPlace } from '../../shared/model.ts';
import { giftPoints } from './gifts.ts';

const b = (hant: string, hans = hant) => ({ hant, hans });
const source = { file: 'c.md', line: 1 };
const span = { paragraph: 0, start: 0, end: 1 };
const money = (value: number, text: string, place: string): Fact => ({
  kind: 'money',
  value,
  unit: '元',
  text: b(text),
  span,
  what: b('捐款'),
  place,
  source,
});
const goods = (text: string, place: string, giver?: string): Fact => ({
  kind: 'goods',
  text: b(text),
  span,
  what: b(text),
  place,
  source,
  ...(giver ? { giver: b(giver) } : {}),
});
const chapter = (id: string, index: number, facts: Fact[]): Chapter =>
  ({ id, index, facts }) as unknown as Chapter;
const place = (code: string, name: string, extra: Partial<StoryPlace>): StoryPlace =>
  ({ code, name: b(name), resolvedAs: 'township', ...extra }) as StoryPlace;

const places = {
  t1: place('t1', '上寨鄉', {}),
  v1: place('v1', '北寨村', { standIn: { code: 't1', name: b('上寨鄉') } }),
  v2: place('v2', '東營北街村', { resolvedAs: 'point', point: [114.4, 37.9] }),
  v3: place('v3', '無處村', {}),
};
const where = {
  places,
  townshipLabel: (code: string) =>
    code === 't1' ? ([114.3, 37.93] as [number, number]) : undefined,
};

describe('giftPoints', () => {
  it('groups by drawn place; a total and its part are sized by the larger amount, not the sum', () => {
    const [point] = giftPoints(
      [chapter('c', 8, [money(27200, '價值27200元', 't1'), money(10000, '一萬元', 'v1')])],
      where,
    );
    expect(point).toMatchObject({
      id: 'c:t1',
      chapterNumber: 9,
      at: [114.3, 37.93],
      measure: { kind: 'money', yuan: 27200 },
      approximate: true,
    });
    expect(point?.label.hant).toBe('上寨鄉、北寨村 · 27,200 元');
    expect(point?.items.map((i) => i.hant)).toEqual([
      '捐款：價值27200元',
      '捐款：一萬元（10,000 元）',
    ]);
  });

  it('counts gifts where goods are given (money and goods share no scale); sourced points stay exact', () => {
    const [point] = giftPoints(
      [chapter('d', 0, [goods('防護服8套', 'v2', '趙豔武'), money(2000, '2000元', 'v2')])],
      where,
    );
    expect(point).toMatchObject({
      at: [114.4, 37.9],
      measure: { kind: 'count', gifts: 2 },
      approximate: false,
    });
    expect(point?.items[0]?.hant).toBe('趙豔武：防護服8套');
  });

  it('never invents a coordinate: a place with neither point nor label point is left out', () => {
    expect(giftPoints([chapter('e', 0, [goods('口罩', 'v3')])], where)).toEqual([]);
  });

  it('sizes grow with the measure', () => {
    const [small, large] = giftPoints(
      [
        chapter('f', 0, [goods('口罩', 'v2')]),
        chapter('g', 1, [goods('口罩', 'v2'), goods('藥', 'v2')]),
      ],
      where,
    );
    expect(large!.radius).toBeGreaterThan(small!.radius);
  });
});
