import { describe, expect, it } from 'vitest';
import type { Chapter, Story } from '../../shared/model.ts';
import { pageStory, scriptText } from './page-story.ts';

const chapter = (id: string, hant: string, hans: string): Chapter =>
  ({
    id,
    index: 0,
    source: { file: `content/${id}.md`, line: 1 },
    places: [],
    map: { note: { hant: '註', hans: '注' } },
    html: { hant, hans },
    facts: [],
  }) as unknown as Chapter; // only the fields the split reads

const story = {
  title: { hant: '標題', hans: '标题' },
  chapters: [chapter('a', '<p>鹿泉區開會了</p><p>後來</p>', '<p>鹿泉区开会了</p><p>后来</p>')],
  places: {},
  placeIndex: [],
} as unknown as Story;

describe('pageStory', () => {
  it('drops the texts, facts and sources, and keeps each chapter’s opening words', () => {
    const page = pageStory(story);
    const [first] = page.chapters;
    expect(first).not.toHaveProperty('html');
    expect(first).not.toHaveProperty('facts');
    expect(first).not.toHaveProperty('source');
    expect(first?.opening).toEqual({ hant: '鹿泉區開會了', hans: '鹿泉区开会了' });
    expect(first?.map).toEqual(story.chapters[0]?.map);
    expect(page.title).toEqual(story.title);
  });
});

describe('scriptText', () => {
  it('holds one script’s chapter bodies by id', () => {
    const text = scriptText(story, 'hans');
    expect(text.script).toBe('hans');
    expect(text.bodies).toEqual({ a: '<p>鹿泉区开会了</p><p>后来</p>' });
    expect(text.timeline).toContain('class="timeline"');
  });
});
