import { describe, expect, it } from 'vitest';
import { renderLinkedText } from './place-links.ts';
import { bilingual, toHans, toHansParts } from './script.ts';

describe('toHans', () => {
  it.each([
    ['上寨鄉', '上寨乡'],
    ['獲鹿鎮', '获鹿镇'],
    ['鹿泉區', '鹿泉区'],
    ['村裡', '村里'],
  ])('%s → %s', (hant, hans) => {
    expect(toHans(hant)).toBe(hans);
  });

  it('leaves Simplified text (the photo credit) alone', () => {
    expect(toHans('石家庄市鹿泉区')).toBe('石家庄市鹿泉区');
  });
});

describe('bilingual', () => {
  it('pairs the Traditional text with its Simplified form', () => {
    expect(bilingual('鍾家莊村')).toEqual({ hant: '鍾家莊村', hans: '钟家庄村' });
  });
});

describe('toHansParts', () => {
  it('slices the converted whole at the original offsets', () => {
    expect(toHansParts(['到', '上寨鄉', '督導'])).toEqual(['到', '上寨乡', '督导']);
  });
});

describe('script conversion of linked text', () => {
  it('converts text nodes only: data-place and markup survive', () => {
    const html = renderLinkedText(
      '深入上寨鄉指導',
      [{ start: 2, end: 5, code: '130110202' }],
      'hans',
      () => ({ hant: '上寨鄉', hans: '上寨乡' }),
    );
    expect(html).toBe(
      '深入<a class="place-link" href="#place-130110202" data-place="130110202" data-approximate="true" title="位置约略: 上寨乡">上寨乡<span class="visually-hidden">（位置约略: 上寨乡）</span></a>指导',
    );
  });
});
