import { describe, expect, it } from 'vitest';
import type { PlaceNames } from './place-links.ts';
import { gazetteerNames, renderLinkedText } from './place-links.ts';

const divisions: Parameters<typeof gazetteerNames>[0] = [
  { code: '130100', name_hans: '石家庄市', short_hans: '石家庄市', kind: 'city' },
  { code: '420100', name_hans: '武汉市', short_hans: '武汉市', kind: 'city' },
  { code: '130110', name_hans: '鹿泉区', short_hans: '鹿泉区', kind: 'district' },
  { code: '130110104', name_hans: '李村镇', short_hans: '李村镇', kind: 'township' },
  { code: '130110104100', name_hans: '李村村民委员会', short_hans: '李村', kind: 'village' },
  { code: '130110104218', name_hans: '邓村村民委员会', short_hans: '邓村', kind: 'village' },
  { code: '130110201001', name_hans: '梁庄村村民委员会', short_hans: '梁庄村', kind: 'village' },
  { code: '130110202001', name_hans: '梁庄村村民委员会', short_hans: '梁庄村', kind: 'village' },
];
const names = gazetteerNames(divisions);
const found = (text: string, n: PlaceNames = names) =>
  n.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.code}`);

describe('PlaceNames.find', () => {
  it('finds Traditional text by Simplified gazetteer names, longest first', () => {
    expect(found('石家莊市鹿泉區李村鎮鄧村黨員')).toEqual([
      '石家莊市=130100',
      '鹿泉區=130110',
      '李村鎮=130110104',
      '鄧村=130110104218',
    ]);
  });

  it('matches a city without 市 as the article writes it', () => {
    expect(found('鹿泉加油!武漢挺住!')).toEqual(['武漢=420100']);
  });

  it('never links an ambiguous name (two villages called 梁庄村)', () => {
    expect(found('梁莊村')).toEqual([]);
  });

  it("lets a chapter's { code, name } pair resolve a name", () => {
    const chapter = names.withOverrides([
      { name: '梁莊村', code: '130110202001' },
      { name: '賀莊村', code: '130110100025' },
    ]);
    expect(found('梁莊村和賀莊村', chapter)).toEqual([
      '梁莊村=130110202001',
      '賀莊村=130110100025',
    ]);
  });
});

describe('renderLinkedText', () => {
  it('wraps matches, escapes text, keeps the visible words as written', () => {
    const html = renderLinkedText(
      '<鄧村>',
      [{ start: 1, end: 3, code: '130110104218' }],
      'hant',
      () => undefined,
    );
    expect(html).toBe(
      '&lt;<a class="place-link" href="#place-130110104218" data-place="130110104218">鄧村</a>&gt;',
    );
  });

  it('says when a place is shown approximately', () => {
    const html = renderLinkedText(
      '鄧村',
      [{ start: 0, end: 2, code: '130110104218' }],
      'hant',
      () => ({ hant: '李村鎮', hans: '李村镇' }),
    );
    expect(html).toContain('data-approximate="true" title="位置約略: 李村鎮"');
    expect(html).toContain('<span class="visually-hidden">（位置約略: 李村鎮）</span>');
  });
});
