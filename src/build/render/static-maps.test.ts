import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapState } from '../../map/map-state.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import type { Chapter, Story } from '../../story/model.ts';
import { figureSize, staticMapsFor } from './static-maps.ts';

const geoDir = path.resolve(import.meta.dirname, '../../../geo');
const readGeo = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(geoDir, name), 'utf8'));
const geo = {
  townships: readGeo('townships.geojson'),
  places: readGeo('places.geojson'),
  context: readGeo('context.geojson'),
} as GeoLayers;

const chapter = (id: string, index: number): Chapter => ({
  id,
  index,
  source: { file: `content/chapters/0${index + 1}-${id}.md`, line: 1 },
  places: ['130110'],
  layers: [],
  view: { bounds: [114.182152, 37.885644, 114.51, 38.274255], maxZoom: 12 },
  html: { hant: '', hans: '' },
});
const story = { chapters: [chapter('lede', 0), chapter('closing', 1)], townshipCount: 13 } as Story;

describe('staticMapsFor', () => {
  it('renders one SVG per chapter, in reading order, from the state the caller computes', () => {
    const seen: string[] = [];
    const stateOf = (c: Chapter): MapState => {
      seen.push(c.id);
      return {
        chapterId: c.id,
        bounds: c.view.bounds,
        maxZoom: c.view.maxZoom,
        townships: [],
        places: [],
        cities: [],
        allTownships: false,
        district: true,
        layers: [],
        approximate: [],
        derivedArea: false,
        names: [{ hant: '鹿泉區', hans: '鹿泉区' }],
      };
    };
    const maps = staticMapsFor(story, geo, stateOf, { script: 'hans', size: figureSize });
    expect(Object.keys(maps)).toEqual(['lede', 'closing']);
    expect(seen).toEqual(['lede', 'closing']);
    expect(maps['lede']).toContain('data-chapter="lede"');
    expect(maps['closing']).toContain('lang="zh-Hans"');
    expect(maps['closing']).toContain('鹿泉区');
  });
});
