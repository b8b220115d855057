import { describe, expect, it } from 'vitest';
import { chapterName, chapterOpening, chapterOutline, headingLabel } from './chapter-label.ts';

const both = (text: string) => ({ hant: text, hans: text });

describe('chapterOpening', () => {
  it('is the first paragraph’s visible words, cut with an ellipsis', () => {
    const html = both(
      '<figure><div>照片</div></figure><p><a class="place-link" href="#x">上寨鄉</a><span class="visually-hidden">（位置約略）</span>黨委書記&amp;鄉長帶頭走村入戶宣傳防控</p><p>second</p>',
    );
    expect(chapterOpening({ html }, 'hant')).toBe('上寨鄉黨委書記&鄉長帶頭走村入戶…');
  });
  it('keeps a short paragraph whole', () => {
    expect(chapterOpening({ html: both('<p>鹿泉加油!</p>') }, 'hans')).toBe('鹿泉加油!');
  });
});

describe('chapterName', () => {
  it('is the sub-heading a chapter opens, without its colon', () => {
    expect(chapterName({ html: both('<p>正文</p>'), subhead: both('農村發動了:') }, 'hant')).toBe(
      '農村發動了',
    );
    expect(headingLabel(both('全社會:愛心接力——'), 'hant')).toBe('全社會:愛心接力');
  });
  it('is the opening words of a chapter without one', () => {
    expect(chapterName({ html: both('<p>正文</p>') }, 'hant')).toBe('正文');
  });
});

describe('chapterOutline', () => {
  it('groups chapters by part, then by sub-heading, in reading order', () => {
    const outline = chapterOutline([
      { id: 'a' },
      { id: 'b', part: both('一'), subhead: both('甲') },
      { id: 'c' },
      { id: 'd', subhead: both('乙') },
      { id: 'e', part: both('二') },
    ]);
    expect(
      outline.map((p) => [
        p.part?.hant,
        p.subheads.map((s) => [s.subhead?.hant, s.chapters.map((c) => c.id)]),
      ]),
    ).toEqual([
      [undefined, [[undefined, ['a']]]],
      [
        '一',
        [
          ['甲', ['b', 'c']],
          ['乙', ['d']],
        ],
      ],
      ['二', [[undefined, ['e']]]],
    ]);
  });
});
