import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../node/load-story.ts';
import type { Chapter } from '../../shared/model.ts';
import { compareWithOriginal, originalLines } from './fidelity.ts';

const repo = path.resolve(import.meta.dirname, '../../..');

function decode(html: string): string {
  return html
    .replace(/<span class="visually-hidden">.*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A chapter turned back into the article's lines, from its rendered HTML. */
function chapterLines(chapter: Chapter): string[] {
  const lines: string[] = [];
  if (chapter.part) lines.push(chapter.part.hant);
  if (chapter.subhead) lines.push(chapter.subhead.hant);
  for (const block of chapter.html.hant.match(/<p>.*?<\/p>|<figure.*?<\/figure>/g) ?? []) {
    if (block.startsWith('<p>')) {
      lines.push(decode(block));
      continue;
    }
    const credit = /<small class="photo-credit"[^>]*>(.*?)<\/small>/.exec(block)?.[1];
    const caption = /<span class="photo-caption">(.*?)<\/span><small/.exec(block)?.[1];
    if (credit !== undefined) lines.push(decode(credit));
    if (caption !== undefined) lines.push(decode(caption));
  }
  return lines;
}

// Never skipped: without content/ (or its original) these tests fail, they do not pass silently.
describe('fidelity of content/ to the article as published', async () => {
  const { story, issues } = await loadStory(repo);
  const original = readFileSync(path.join(repo, 'content/original/article.txt'), 'utf8');
  const expected = originalLines({ path: 'content/original/article.txt', text: original });

  it('builds without issues', () => {
    expect(issues).toEqual([]);
  });

  it('has the original title', () => {
    expect(story?.title.hant).toBe(expected.title?.text);
  });

  it('reproduces every line of the article, once and in order, from the rendered HTML', () => {
    const actual = story?.chapters.flatMap(chapterLines) ?? [];
    expect(actual).toEqual(expected.lines.map((l) => l.text));
  });

  it('has the same paragraphs in Simplified, without Traditional-only characters', () => {
    for (const chapter of story?.chapters ?? []) {
      const count = (html: string) => (html.match(/<p>/g) ?? []).length;
      expect(count(chapter.html.hans)).toBe(count(chapter.html.hant));
      expect(chapter.html.hans).not.toMatch(/[鄉鎮獲區莊鄧黨國衛戰與為]/);
      expect(chapter.part?.hans ?? '').not.toMatch(/[鄉鎮獲區黨戰眾]/);
    }
  });
});

describe('compareWithOriginal', () => {
  const at = (text: string, line: number) => ({ text, file: 'c.md', line });
  const orig = (text: string, line: number) => ({ text, file: 'o.txt', line });

  it('names a changed character', () => {
    expect(compareWithOriginal([orig('甲乙丙', 3)], [at('甲乙丁', 9)])[0]?.message).toBe(
      "text differs from o.txt line 3 at character 3: expected '丙', found '丁'",
    );
  });

  it('reports a lost line once and resyncs', () => {
    const issues = compareWithOriginal(
      [orig('一', 1), orig('二', 2), orig('三', 3)],
      [at('一', 5), at('三', 7)],
    );
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      "7: o.txt line 2 is missing before this line: '二'",
    ]);
  });

  it('reports a duplicated line once and resyncs', () => {
    const issues = compareWithOriginal(
      [orig('一', 1), orig('二', 2)],
      [at('一', 5), at('一', 6), at('二', 7)],
    );
    expect(issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      "6: '一' is not in the original here",
    ]);
  });

  it('drops the title and the trailing page furniture from the original', () => {
    const { title, lines } = originalLines({
      path: 'o',
      text: '題\n\n甲\n\n\n分享到:\n\n\n相關文章:\n',
    });
    expect(title?.text).toBe('題');
    expect(lines.map((l) => l.text)).toEqual(['甲']);
  });
});
