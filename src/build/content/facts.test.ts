import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlBlock } from './front-matter.ts';
import { formatIssue } from './issues.ts';
import type { Division as DivisionInfo } from '../../shared/geo-schema.ts';
import { normalizeFacts } from './facts.ts';

const divisions = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures/geo/divisions.json'), 'utf8'),
) as DivisionInfo[];

const paragraphs = [
  '截止目前,該鄉共收到捐贈物資價值27200元,其中北寨村民張志華不但自願捐款一萬元,更是放棄休息。',
  '李村鎮鄧村黨員徐志鵬捐獻8大桶84消毒液,義務出動個人無人機全村噴灑消毒液。',
  '自獲鹿鎮除夕夜安排部署,他的妻子懷孕10個月,正月初十的預產期。農曆初二,全鄉5個行政村封閉。',
];

/** Runs the validator on `yaml` as the front matter of c.md, starting on file line 2. */
function run(yaml: string) {
  const { block, issues } = parseYamlBlock(yaml, 'c.md', 2);
  expect(issues).toEqual([]);
  const pair = block.doc.contents as { get(key: string, keep: true): unknown };
  return normalizeFacts({
    file: 'c.md',
    node: pair.get('facts', true),
    lineAt: block.lineAt,
    line: 2,
    paragraphs,
    divisions,
  });
}

const messages = (yaml: string) => run(yaml).issues.map(formatIssue);

describe('normalizeFacts', () => {
  it('types a money gift, a goods gift and a lunar date, with spans and both scripts', () => {
    const { facts, issues } = run(
      [
        'facts:',
        '  - text: 自願捐款一萬元',
        '    kind: money',
        '    value: 10000',
        '    unit: 元',
        '    what: 捐款',
        '    giver: 張志華',
        "    place: '130110202203'",
        '  - text: 8大桶84消毒液',
        '    kind: goods',
        '    value: 8',
        '    unit: 桶',
        '    what: 84消毒液',
        '  - text: 正月初十',
        '    kind: date',
        '    date: 2020-02-03',
        '    lunar: 正月初十',
        '    what: 預產期',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(facts).toHaveLength(3);
    expect(facts[0]).toMatchObject({
      kind: 'money',
      value: 10000,
      unit: '元',
      giver: { hant: '張志華', hans: '张志华' },
      place: '130110202203',
      span: { paragraph: 0, start: 34, end: 41 },
      source: { file: 'c.md', line: 3 },
    });
    expect(paragraphs[0]?.slice(34, 41)).toBe('自願捐款一萬元');
    expect(facts[0]?.text).toEqual({ hant: '自願捐款一萬元', hans: '自愿捐款一万元' });
    expect(facts[2]).toMatchObject({
      kind: 'date',
      date: '2020-02-03',
      lunar: { hans: '正月初十' },
    });
  });

  it('accepts goods listed without a quantity', () => {
    const { facts, issues } = run(
      'facts:\n  - { text: 個人無人機, kind: goods, what: 無人機噴灑消毒液 }',
    );
    expect(issues).toEqual([]);
    expect(facts[0]).not.toHaveProperty('value');
  });

  it('reports a quote that is not in the text, with a script hint for Simplified words', () => {
    expect(
      messages(
        'facts:\n  - { text: 自愿捐款一万元, kind: money, value: 10000, unit: 元, what: 捐款 }',
      ),
    ).toEqual([
      "c.md:3: quote '自愿捐款一万元' is not in this chapter's text — the words differ in script only: copy the Traditional words from this chapter's body",
    ]);
  });

  it('reports an ambiguous quote and accepts occurrence to pick one', () => {
    expect(messages('facts:\n  - { text: 消毒液, kind: goods, what: 消毒液 }')).toEqual([
      "c.md:3: quote '消毒液' occurs 2 times in this chapter's text — add occurrence: 1 to 2 (in reading order) to say which, or quote more words",
    ]);
    const { facts } = run('facts:\n  - { text: 消毒液, occurrence: 2, kind: goods, what: 消毒液 }');
    const last = paragraphs[1]?.lastIndexOf('消毒液') ?? -1;
    expect(facts[0]?.span).toEqual({ paragraph: 1, start: last, end: last + 3 });
    expect(
      messages('facts:\n  - { text: 消毒液, occurrence: 3, kind: goods, what: 消毒液 }'),
    ).toEqual([
      "c.md:3: occurrence 3 is not one of the 2 times '消毒液' occurs — write a whole number from 1 to 2",
    ]);
  });

  it('reports a value that the words do not say, naming what they say', () => {
    expect(
      messages(
        'facts:\n  - text: 一萬元\n    kind: money\n    value: 1000\n    unit: 元\n    what: 捐款',
      ),
    ).toEqual([
      "c.md:5: value 1000 does not match the quoted words '一萬元' (一萬 = 10000) — write value: 10000, or quote the words that say 1000",
    ]);
  });

  it('reports an unknown unit with the closest one, and a unit the words lack', () => {
    expect(
      messages(
        'facts:\n  - { text: 8大桶84消毒液, kind: goods, value: 8, unit: 大桶, what: 消毒液 }',
      ),
    ).toEqual([
      expect.stringMatching(/^c\.md:3: unknown unit '大桶' — did you mean '桶'\? units: 人 個 /),
    ]);
    expect(
      messages(
        'facts:\n  - { text: 8大桶84消毒液, kind: goods, value: 8, unit: 瓶, what: 消毒液 }',
      ),
    ).toEqual([
      "c.md:3: unit '瓶' is not in the quoted words '8大桶84消毒液' — use the measure word the text writes with the number, or quote it too",
    ]);
  });

  it('reports bad and impossible dates, and lunar names that are not the day', () => {
    const date = (d: string, lunar = '正月初十') =>
      messages(
        `facts:\n  - text: 正月初十\n    kind: date\n    date: ${d}\n    lunar: ${lunar}\n    what: 預產期`,
      );
    expect(date('2020/2/3')).toEqual([
      "c.md:5: date '2020/2/3' is not an ISO date — write YYYY-MM-DD, e.g. 2020-01-24 (or YYYY-MM, YYYY when the text is no more precise)",
    ]);
    expect(date('2020-02-30')).toEqual([
      "c.md:5: date '2020-02-30' does not exist — 2020-02 has days 01 to 29: check the day",
    ]);
    expect(date('2020-02-04', '正月十一')).toEqual([
      "c.md:6: lunar '正月十一' does not match the quoted words '正月初十' (they say 初十) — write the lunar name of the day the words say",
    ]);
    expect(date('2020-02-04')).toEqual([
      "c.md:6: lunar '正月初十' is not 2020-02-04 (that day is 正月十一) — check the date: 正月初一 of 2020 is 2020-01-25",
    ]);
  });

  it('knows 除夕 is the eve of 正月初一 and wants a lunar name for lunar words', () => {
    const eve = (lunar: string) =>
      `facts:\n  - { text: 除夕夜, kind: date, date: 2020-01-24, ${lunar}what: 除夕 }`;
    expect(messages(eve('lunar: 除夕, '))).toEqual([]);
    expect(messages(eve(''))).toEqual([
      "c.md:3: the quoted words '除夕夜' use the lunar calendar (除夕) but the fact has no lunar name — add lunar: with the full lunar name, e.g. 除夕",
    ]);
  });

  it('reports an unknown place code with the nearest known one', () => {
    expect(
      messages(
        "facts:\n  - text: 一萬元\n    kind: money\n    value: 10000\n    unit: 元\n    what: 捐款\n    place: '130110202999'",
      ),
    ).toEqual([
      "c.md:8: unknown place code '130110202999' — did you mean '130110202203' (北寨村)?",
    ]);
  });

  it('reports unknown keys and kinds, missing fields and givers the text does not name', () => {
    expect(
      messages(
        'facts:\n  - { text: 一萬元, kind: mony, vlaue: 10000, what: 捐款, giver: 李四 }\n  - { text: 27200元 }',
      ),
    ).toEqual([
      "c.md:3: unknown fact key 'vlaue' — did you mean 'value'? allowed keys: 'text', 'occurrence', 'kind', 'value', 'unit', 'date', 'lunar', 'what', 'giver', 'receiver' or 'place'",
      "c.md:3: unknown fact kind 'mony' — did you mean 'money'? kinds: 'count', 'money', 'goods' or 'date'",
      "c.md:3: giver '李四' does not appear in the chapter text — write the giver exactly as this chapter's text names them, or leave giver out",
      'c.md:4: fact has no kind — add \'kind: …\' (see content/README.md, "Facts")',
      'c.md:4: fact has no what — add \'what: …\' (see content/README.md, "Facts")',
    ]);
  });

  it('reports overlapping quotes', () => {
    expect(
      messages(
        'facts:\n  - { text: 捐款一萬元, kind: money, value: 10000, unit: 元, what: 捐款 }\n  - { text: 一萬, kind: count, value: 10000, unit: 個, what: x }',
      ),
    ).toEqual([expect.stringContaining("c.md:4: unit '個' is not in the quoted words '一萬'")]);
    expect(
      messages(
        'facts:\n  - { text: 捐款一萬元, kind: money, value: 10000, unit: 元, what: 捐款 }\n  - { text: 一萬元, kind: money, value: 10000, unit: 元, what: 捐款 }',
      ),
    ).toEqual([
      "c.md:4: quote '一萬元' overlaps the quote '捐款一萬元' of line 3 — quote words that no other fact quotes: shorten one of the two quotes",
    ]);
  });

  it('reports facts that are not a list', () => {
    expect(messages('facts: 一萬元')).toEqual([
      "c.md:2: facts must be a list, found the text '一萬元' — write facts: then one '- text: …' entry per fact (see content/README.md)",
    ]);
  });
});
