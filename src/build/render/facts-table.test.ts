import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/facts.ts';
import type { Chapter, StoryPlace } from '../../shared/model.ts';
import { factsTableHtml } from './facts-table.ts';

const b = (hant: string, hans = hant) => ({ hant, hans });
const source = { file: 'c.md', line: 1 };

const gift: Fact = {
  kind: 'money',
  value: 10000,
  unit: '元',
  text: b('一萬元', '一万元'),
  span: { paragraph: 0, start: 30, end: 33 },
  what: b('捐款<現金>', '捐款<现金>'),
  giver: b('張志華', '张志华'),
  place: '130110202203',
  source,
};
const total: Fact = {
  kind: 'money',
  value: 27200,
  unit: '元',
  text: b('價值27200元', '价值27200元'),
  span: { paragraph: 0, start: 10, end: 18 },
  what: b('捐贈物資', '捐赠物资'),
  receiver: b('該鄉', '该乡'),
  source,
};
const eve: Fact = {
  kind: 'date',
  date: '2020-02-03',
  lunar: b('正月初十'),
  text: b('正月初十'),
  span: { paragraph: 1, start: 0, end: 4 },
  what: b('預產期', '预产期'),
  source,
};
const masks: Fact = {
  kind: 'goods',
  text: b('口罩、消毒液'),
  span: { paragraph: 0, start: 0, end: 6 },
  what: b('口罩、消毒液'),
  source,
};

const chapter = (id: string, index: number, facts: Fact[]): Chapter => ({
  id,
  index,
  source,
  places: [],
  map: {} as Chapter['map'],
  html: b(''),
  facts,
});

const beizhai = {
  code: '130110202203',
  name: b('北寨村'),
  kind: 'village',
  resolvedAs: 'township',
  bbox: [0, 0, 1, 1],
  approximate: true,
} as StoryPlace;

const story = {
  chapters: [chapter('beizhai-donations', 8, [gift, total]), chapter('nanyuan', 10, [eve, masks])],
  places: { '130110202203': beizhai },
};

const rows = (html: string) => html.match(/<tr class="fact-row[^"]*">.*?<\/tr>/g) ?? [];
const cells = (row: string) =>
  [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));

describe('factsTableHtml', () => {
  it('lists every fact in reading order with its value, kind, people, place and chapter', () => {
    const html = factsTableHtml(story, 'hant');
    expect(html).toMatch(/^<table class="facts-table"><caption>本文的數字、物資與日期<\/caption>/);
    expect(rows(html).map(cells)).toEqual([
      ['價值27200元', '27,200 元', '金額', '捐贈物資', '—', '該鄉', '—', '段落 9'],
      ['一萬元', '10,000 元', '金額', '捐款&lt;現金&gt;', '張志華', '—', '北寨村', '段落 9'],
      ['口罩、消毒液', '—', '物資', '口罩、消毒液', '—', '—', '—', '段落 11'],
      ['正月初十', '2020年2月3日(正月初十)', '日期', '預產期', '—', '—', '—', '段落 11'],
    ]);
    expect(html).toContain('<th scope="row">一萬元</th>');
    expect(html).toContain('<a href="#nanyuan" data-chapter-link="nanyuan">段落 11</a>');
  });

  it('speaks Simplified throughout in the Simplified page', () => {
    const html = factsTableHtml(story, 'hans');
    expect(html).toContain('<caption>本文的数字、物资与日期</caption>');
    expect(html).toContain('<th scope="col">数值</th>');
    expect(cells(rows(html)[1] ?? '')).toEqual([
      '一万元',
      '10,000 元',
      '金额',
      '捐款&lt;现金&gt;',
      '张志华',
      '—',
      '北寨村',
      '段落 9',
    ]);
  });

  it('has a header row and no rows when there are no facts', () => {
    const html = factsTableHtml({ chapters: [], places: {} }, 'hant');
    expect(html.match(/<th scope="col">/g)).toHaveLength(8);
    expect(rows(html)).toEqual([]);
  });
});
