import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/facts.ts';
import { wrapFacts } from './wrap-facts.ts';

/** The text a reader sees: tags and the screen-reader-only notes removed, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<span class="visually-hidden">.*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

const source = { file: 'c.md', line: 3 };
const money = (paragraph: number, start: number, hant: string, hans = hant): Fact => ({
  kind: 'money',
  value: 10000,
  unit: '元',
  text: { hant, hans },
  span: { paragraph, start, end: start + hant.length },
  what: { hant: '捐款', hans: '捐款' },
  source,
});

const link =
  '<a class="place-link" href="#place-130110202203" data-place="130110202203" data-approximate="true" title="位置約略: 上寨鄉">北寨村<span class="visually-hidden">（位置約略: 上寨鄉）</span></a>';

describe('wrapFacts', () => {
  it('wraps a number in <data value> with a hidden note, text unchanged', () => {
    const html = '<p>甲</p>\n<p>其中北寨村民張志華不但自願捐款一萬元,更是</p>';
    const fact = money(1, 13, '一萬元');
    const { html: out, problems } = wrapFacts(html, [fact], 'hant');
    expect(problems).toEqual([]);
    expect(out).toBe(
      '<p>甲</p>\n<p>其中北寨村民張志華不但自願捐款<data class="fact fact-money" value="10000" tabindex="0">一萬元</data><span class="visually-hidden">（10,000 元）</span>,更是</p>',
    );
    expect(visibleText(out)).toBe(visibleText(html));
  });

  it('gives a tab stop only where the note says more than the words', () => {
    const html = '<p>捐款2000元</p>';
    const fact = { ...money(0, 2, '2000元'), value: 2000 };
    const { html: out } = wrapFacts(html, [fact], 'hant');
    expect(out).toBe(
      '<p>捐款<data class="fact fact-money" value="2000">2000元</data><span class="visually-hidden">（2,000 元）</span></p>',
    );
  });

  it('wraps a date in <time datetime> with the Gregorian day as its note', () => {
    const fact: Fact = {
      kind: 'date',
      date: '2020-02-03',
      lunar: { hant: '正月初十', hans: '正月初十' },
      text: { hant: '正月初十', hans: '正月初十' },
      span: { paragraph: 0, start: 1, end: 5 },
      what: { hant: '預產期', hans: '预产期' },
      source,
    };
    const { html } = wrapFacts('<p>,正月初十的預產期</p>', [fact], 'hans');
    expect(html).toBe(
      '<p>,<time class="fact fact-date" datetime="2020-02-03" tabindex="0">正月初十</time><span class="visually-hidden">（2020年2月3日）</span>的預產期</p>',
    );
  });

  it('puts a span that encloses a whole place link around the link', () => {
    const html = `<p>其中${link}民張志華</p>`;
    const fact = { ...money(0, 2, '北寨村民'), kind: 'count', unit: '人', value: 1 } as Fact;
    const { html: out, problems } = wrapFacts(html, [fact], 'hant');
    expect(problems).toEqual([]);
    expect(out).toBe(
      `<p>其中<data class="fact fact-count" value="1" tabindex="0">${link}民</data><span class="visually-hidden">（1 人）</span>張志華</p>`,
    );
  });

  it('puts a span inside a place link inside it, without tabindex (no focusable in a link)', () => {
    const html = `<p>${link}</p>`;
    const fact = { ...money(0, 0, '北寨'), kind: 'count', unit: '人', value: 1 } as Fact;
    const { html: out } = wrapFacts(html, [fact], 'hant');
    expect(out).toContain(
      'title="位置約略: 上寨鄉"><data class="fact fact-count" value="1">北寨</data>',
    );
    expect(visibleText(out)).toBe('北寨村');
  });

  it('refuses a span that cuts through a place link, leaving the HTML as it was', () => {
    const html = `<p>其中${link}民</p>`;
    const fact = money(0, 4, '村民');
    const { html: out, problems } = wrapFacts(html, [fact], 'hant');
    expect(out).toBe(html);
    expect(problems.map((p) => p.message)).toEqual([
      "quote '村民' cannot be marked in the Traditional page: it starts inside a <a> element",
    ]);
  });

  it('counts escaped characters as one and keeps neighbouring facts apart', () => {
    const html = '<p>“一萬元”&amp;一萬元</p>';
    const facts = [money(0, 1, '一萬元'), money(0, 6, '一萬元')];
    const { html: out } = wrapFacts(html, facts, 'hant');
    expect(out.match(/<data /g)).toHaveLength(2);
    expect(out).toContain('”&amp;<data');
    expect(visibleText(out)).toBe('“一萬元”&一萬元');
  });

  it('finds the Simplified words when the conversion moved them, and skips facts without a value', () => {
    const goods: Fact = {
      kind: 'goods',
      text: { hant: '口罩', hans: '口罩' },
      span: { paragraph: 0, start: 0, end: 2 },
      what: { hant: '口罩', hans: '口罩' },
      source,
    };
    const { html, problems } = wrapFacts(
      '<p>口罩,捐款一万元</p>',
      [goods, money(0, 4, '一萬元', '一万元')],
      'hans',
    );
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<p>口罩,捐款<data class="fact fact-money" value="10000" tabindex="0">一万元</data><span class="visually-hidden">（10,000 元）</span></p>',
    );
  });

  it('never interleaves tags: a fact overlapping a marked one is left out and reported', () => {
    const html = '<p>捐款一萬元</p>';
    const facts = [money(0, 0, '捐款一萬'), money(0, 2, '一萬元')];
    const { html: out, problems } = wrapFacts(html, facts, 'hant');
    expect(out.match(/<data /g)).toHaveLength(1);
    expect(out).toMatch(
      /^<p><data [^>]*>捐款一萬<\/data><span class="visually-hidden">（10,000 元）<\/span>元<\/p>$/,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "quote '一萬元' cannot be marked in the Traditional page: it overlaps another fact",
    ]);
  });
});
