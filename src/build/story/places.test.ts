import { describe, expect, it } from 'vitest';
import { readFixtureGeo } from '../content/fixtures/read-fixture.ts';
import { createPlaceResolver } from '../gazetteer/resolve-place.ts';
import { AREA_MAX_ZOOM, POINT_MAX_ZOOM } from './camera.ts';
import { storyPlaces } from './places.ts';

const resolver = createPlaceResolver(readFixtureGeo());
const place = (code: string, written: [string, string][] = []) => {
  const placed = storyPlaces([code], resolver.resolve, new Map(written))[code];
  if (!placed) throw new Error(`no place ${code}`);
  return placed;
};

describe('storyPlaces', () => {
  it('names the township standing in for a village without a point, and highlights its area', () => {
    const dengcun = place('130110104218');
    expect(dengcun.standIn).toEqual({
      code: '130110104',
      name: { hant: '李村鎮', hans: '李村镇' },
    });
    expect(dengcun.highlight).toEqual({ source: 'townships', id: '130110104' });
    expect(dengcun.focus).toEqual({ bounds: dengcun.bbox, maxZoom: AREA_MAX_ZOOM });
    expect(dengcun.note).toEqual({
      hant: '地圖顯示：李村鎮（鄧村位置約略）',
      hans: '地图显示：李村镇（邓村位置约略）',
    });
  });

  it('has no stand-in for a sourced point, which it highlights and frames closely', () => {
    const point = place('130110202201');
    expect(point.standIn).toBeUndefined();
    expect(point.highlight).toEqual({ source: 'places', id: '130110202201' });
    expect(point.focus.maxZoom).toBe(POINT_MAX_ZOOM);
  });

  it('has no stand-in for a township: its own area is where it is', () => {
    const township = place('130110202');
    expect(township.resolvedAs).toBe('township');
    expect(township.standIn).toBeUndefined();
    expect(township.note.hant).toBe(`地圖顯示：${township.name.hant}`);
  });

  it('highlights the district outline for the district and for a city (hover)', () => {
    expect(place('130110').highlight).toEqual({ source: 'context', id: '130110' });
    expect(place('420100').highlight).toEqual({ source: 'context', id: '130110' });
  });

  it('uses the name the article writes, keeping the official one beside it', () => {
    const wuhan = place('420100', [['420100', '武漢']]);
    expect(wuhan.name).toEqual({ hant: '武漢', hans: '武汉' });
    expect(wuhan.officialName?.hant).toBe('武漢市');
  });

  it('leaves out codes the gazetteer does not know', () => {
    expect(storyPlaces(['130110999999'], resolver.resolve, new Map())).toEqual({});
  });
});
