import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeoData } from '../node/load-geo.ts';
import type { GeoLayers } from '../../shared/geo-schema.ts';
import type { Chapter, Story } from '../../shared/model.ts';
import { figureSize, panePicture, staticMapsFor } from './static-maps.ts';

const geo: GeoLayers = await loadGeoData(path.resolve(import.meta.dirname, '../../../geo'));

const chapter = (id: string, index: number, note: string): Chapter => ({
  id,
  index,
  source: { file: `content/chapters/0${index + 1}-${id}.md`, line: 1 },
  places: ['130110'],
  map: {
    camera: { bounds: [114.182152, 37.885644, 114.51, 38.274255], maxZoom: 12 },
    highlights: [{ source: 'context', id: '130110' }],
    cities: [],
    layers: [],
    approximate: [],
    derivedArea: false,
    note: { hant: note, hans: `${note}（简）` },
  },
  html: { hant: '', hans: '' },
});
const story = {
  chapters: [chapter('lede', 0, '地圖顯示：鹿泉區'), chapter('closing', 1, '地圖顯示：終')],
} as Story;

describe('staticMapsFor', () => {
  it('renders one SVG per chapter, in reading order, from the model’s map state', () => {
    const maps = staticMapsFor(story, geo, { script: 'hans', size: figureSize });
    expect(Object.keys(maps)).toEqual(['lede', 'closing']);
    expect(maps['lede']).toContain('data-chapter="lede"');
    expect(maps['closing']).toContain('lang="zh-Hans"');
    // The note comes from the model, as written there.
    expect(maps['closing']).toContain('地圖顯示：終（简）</title>');
  });

  it('draws the opening chapter as the pane picture, with both layouts’ symbols', () => {
    const svg = panePicture(story, geo, 'hant');
    expect(svg).toContain('data-chapter="lede"');
    expect(svg).toContain('class="sm-narrow"');
    expect(svg).toContain('id="pane-lede-title"');
  });
});
