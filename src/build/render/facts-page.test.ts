import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/facts.ts';
import type { Chapter } from '../../shared/model.ts';
import { inScript, timelineHtml, timelineStops } from './facts-page.ts';

const b = (hant: string, hans = hant) => ({ hant, hans });
const date = (iso: string, text: string, lunar?: string): Fact => ({
  kind: 'date',
  date: iso,
  text: b(text),
  span: { paragraph: 0, start: 0, end: 1 },
  what: b('x'),
  source: { file: 'c.md', line: 1 },
  ...(lunar ? { lunar: b(lunar) } : {}),
});
const chapter = (id: string, facts: Fact[]) => ({ id, facts }) as unknown as Chapter;

describe('timeline', () => {
  const chapters = [
    chapter('a', [date('2020-01-25', '大年初一', '正月初一')]),
    chapter('b', [date('2020-01-24', '除夕夜', '除夕'), date('1971', '1971年')]),
    chapter('c', [date('2020-01-24', '除夕夜', '除夕')]),
  ];

  it('orders stops by time, one per date, with every chapter that mentions it', () => {
    expect(timelineStops(chapters).map((s) => [s.date, s.chapters.join(' ')])).toEqual([
      ['1971', 'b'],
      ['2020-01-24', 'b c'],
      ['2020-01-25', 'a'],
    ]);
  });

  it('links each date to its first chapter, with the lunar name before the date', () => {
    const html = timelineHtml({ chapters }, 'hant');
    expect(html).toContain(
      '<li data-chapters="b c"><a href="#b" data-chapter-link="b"><span class="timeline-lunar">除夕</span> <span class="timeline-date">2020-01-24</span></a></li>',
    );
    expect(html).toMatch(/^<nav class="timeline" aria-label="時間線">/);
  });

  it('writes one script, marked as the part the switch replaces', () => {
    expect(inScript('timeline', '<p>x</p>', 'hans')).toBe(
      '<div class="script-copy" data-script-part="timeline" lang="zh-Hans"><p>x</p></div>',
    );
  });
});
