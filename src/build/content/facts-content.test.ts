import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../node/load-story.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const hasContent = existsSync(path.join(repo, 'content/story.md'));

/** The elements' visible words: inner tags and screen-reader notes removed. */
function words(inner: string): string {
  return inner.replace(/<span class="visually-hidden">.*?<\/span>/g, '').replace(/<[^>]+>/g, '');
}

describe.runIf(hasContent)("the article's facts, marked in the built chapters", async () => {
  const { story } = await loadStory(repo);
  const chapters = story?.chapters ?? [];

  it.each(['hant', 'hans'] as const)(
    'has at least 25 <data value> and 5 <time datetime> whose text is a quote (%s)',
    (script) => {
      let data = 0;
      let time = 0;
      for (const chapter of chapters) {
        const quotes = new Set((chapter.facts ?? []).map((f) => f.text[script]));
        for (const m of chapter.html[script].matchAll(
          /<data [^>]*value="[^"]+"[^>]*>(.*?)<\/data>/g,
        )) {
          expect(quotes, chapter.id).toContain(words(m[1] ?? ''));
          data++;
        }
        for (const m of chapter.html[script].matchAll(
          /<time [^>]*datetime="\d{4}(?:-\d{2}){0,2}"[^>]*>(.*?)<\/time>/g,
        )) {
          expect(quotes, chapter.id).toContain(words(m[1] ?? ''));
          time++;
        }
      }
      expect(data).toBeGreaterThanOrEqual(25);
      expect(time).toBeGreaterThanOrEqual(5);
    },
  );

  it('annotates every gift place the article names, with a known giving place', () => {
    const places = new Set(
      chapters
        .flatMap((c) => c.facts ?? [])
        .flatMap((f) => (f.kind !== 'date' && f.place ? [f.place] : [])),
    );
    for (const code of [
      '130110202', // 上寨鄉
      '130110202203', // 北寨村
      '130110103208', // 大王廟村
      '130110103216', // 鍾家莊村
      '130110103204', // 大宋樓村
      '130110102204', // 東營北街村
      '130110104218', // 鄧村
      '130110104212', // 王村
    ]) {
      expect(places).toContain(code);
    }
  });

  it('dates the lunar days of the text by the Chinese calendar', () => {
    const dates = chapters
      .flatMap((c) => c.facts ?? [])
      .flatMap((f) => (f.kind === 'date' && f.lunar ? [`${f.lunar.hant} ${f.date}`] : []));
    expect(new Set(dates)).toEqual(
      new Set([
        '除夕 2020-01-24',
        '正月初一 2020-01-25',
        '正月初二 2020-01-26',
        '正月初十 2020-02-03',
      ]),
    );
  });
});
