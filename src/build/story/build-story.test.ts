import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from './build-story.ts';
import { readFixture, readFixtureGeo } from '../content/fixtures/read-fixture.ts';

const input = readFixture(path.join(import.meta.dirname, '../content/fixtures/valid'));

describe('buildStory on the valid fixture', () => {
  const { story, issues } = buildStory({ ...input, attribution: ['© test'] });

  it('builds a complete story', () => {
    expect(issues).toEqual([]);
    expect(story?.title).toEqual({ hant: '測試故事', hans: '测试故事' });
    expect(story?.publication).toEqual({
      publisher: { hant: '長城網', hans: '长城网' },
      date: '2020-02',
    });
    expect(story?.attribution).toEqual(['© test']);
    expect(story?.bounds).toEqual([114.18, 30.58, 114.51, 38.28]);
  });

  it('gives chapters order, headings in both scripts, places and map states', () => {
    const [first, second] = story?.chapters ?? [];
    expect(first).toMatchObject({
      id: 'shangzhai',
      index: 0,
      source: { file: 'content/chapters/01-shangzhai.md', line: 1 },
      part: { hant: '一聲令下', hans: '一声令下' },
      subhead: { hant: '農村發動了:', hans: '农村发动了:' },
      places: ['130110202'],
      map: {
        camera: {
          bounds: [114.26, 37.89, 114.36, 37.96],
          maxZoom: 12,
          hint: { zoom: 10, bearing: 0, pitch: 30 },
        },
        highlights: [{ source: 'townships', id: '130110202' }],
        layers: [],
      },
    });
    expect(second).toMatchObject({ id: 'licun', index: 1, map: { layers: ['wuhan-link'] } });
  });

  it('renders figures as a placeholder with caption and credit, never linking the credit', () => {
    const html = story?.chapters[0]?.html.hant ?? '';
    expect(html).toContain(
      '<figure class="photo-placeholder"><div class="photo-missing">（原文此處有一張照片，本頁未收錄）</div><figcaption><span class="photo-caption">黨的旗幟在',
    );
    expect(html).toContain(
      '<small class="photo-credit" lang="zh-Hans">打赢疫情阻击战 一线写真</small></figcaption></figure>',
    );
    expect(story?.chapters[0]?.html.hans).toContain('（原文此处有一张照片，本页未收录）');
  });

  it('indexes every place linked or paired, with chapters in reading order', () => {
    expect(story?.placeIndex).toEqual([
      { code: '130110202', chapters: ['shangzhai'] },
      { code: '130110', chapters: ['shangzhai'] }, // 鹿泉加油 is not 鹿泉區: not linked
      { code: '130110202203', chapters: ['shangzhai'] },
      { code: '130110104218', chapters: ['licun'] },
      { code: '130110104212', chapters: ['licun'] },
      { code: '130110104', chapters: ['licun'] },
      { code: '420100', chapters: ['licun'] },
    ]);
    expect(Object.keys(story?.places ?? {}).sort()).toEqual(
      story?.placeIndex.map((e) => e.code).sort(),
    );
  });

  it('names a place as the article writes it, keeping the official name beside it', () => {
    const paired = {
      ...input,
      chapterFiles: input.chapterFiles.map((f) => ({
        ...f,
        text: f.text.replace(
          'layers: [wuhan-link]',
          "  - { code: '420100', name: 武漢 }\nlayers: [wuhan-link]",
        ),
      })),
    };
    const built = buildStory(paired).story;
    expect(built?.places['420100']?.name).toEqual({ hant: '武漢', hans: '武汉' });
    expect(built?.places['420100']?.officialName?.hant).toBe('武漢市');
    expect(built?.places['130110202']?.officialName).toBeUndefined();
  });

  it('links the article words, saying when a place is approximate', () => {
    const html = story?.chapters[1]?.html.hant ?? '';
    expect(html).toContain(
      '<a class="place-link" href="#place-130110104218" data-place="130110104218" data-approximate="true" title="位置約略: 李村鎮">鄧村<span class="visually-hidden">（位置約略: 李村鎮）</span></a>',
    );
    expect(html).toContain(
      '<a class="place-link" href="#place-420100" data-place="420100">武漢</a>',
    );
  });
});

describe('buildStory on hostile input', () => {
  it('never throws, whatever the text', () => {
    const garbage = ['', '---', '---\n---', '---\n[\n---\n', '\u0000<script>', '---\nid: [\n'];
    for (const text of garbage) {
      const result = buildStory({
        storyFile: { path: 'content/story.md', text },
        chapterFiles: [{ path: 'content/chapters/01-a.md', text }],
        geo: readFixtureGeo(),
      });
      expect(result.story).toBeUndefined();
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('reports unusable geo data as an issue', () => {
    const geo = {
      ...readFixtureGeo(),
      context: { type: 'FeatureCollection' as const, features: [] },
    };
    const { issues } = buildStory({ ...input, geo, geoDir: 'elsewhere/geo' });
    expect(issues).toEqual([
      {
        file: 'elsewhere/geo/context.geojson',
        line: 1,
        message: 'has no district outline',
        hint: 'rebuild geo/ with npm run geo',
      },
    ]);
  });
});
