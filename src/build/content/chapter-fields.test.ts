import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';
import type { YamlBlock } from './front-matter.ts';
import { formatIssue } from './issues.ts';
import { normalizeChapter } from './chapter-fields.ts';
import { normalizeStory } from './story-fields.ts';

function block(yaml: string): YamlBlock {
  const result = splitFrontMatter({ path: 'x.md', text: `---\n${yaml}\n---\n` });
  if (!result.yaml) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.yaml;
}
const chapter = (yaml: string) =>
  normalizeChapter(block(yaml), 'x.md', { fileSlug: 'a', bounds: [114, 30, 115, 39] });
const problems = (yaml: string) => chapter(yaml).issues.map(formatIssue);

describe('normalizeChapter', () => {
  it('normalises every field', () => {
    const { fields, issues } = chapter(
      "id: a\npart: 一聲令下\nsubhead: '農村發動了:'\nplaces:\n  - '130110'\n  - { code: '130110100025', name: 賀莊村 }\ncamera: { center: [114.3, 38.1], zoom: 9.5, bearing: -20, pitch: 40 }\nlayers: [wuhan-link]",
    );
    expect(issues).toEqual([]);
    expect(fields).toMatchObject({
      id: 'a',
      part: '一聲令下',
      subhead: '農村發動了:',
      places: [
        { code: '130110', line: 6 },
        { code: '130110100025', name: '賀莊村', line: 7 },
      ],
      camera: { center: [114.3, 38.1], zoom: 9.5, bearing: -20, pitch: 40 },
      layers: ['wuhan-link'],
    });
  });

  it.each([
    [
      "id: a\nplace: ['130110']",
      "x.md:3: unknown front-matter key 'place' — did you mean 'places'?",
    ],
    ["id: a\nplaces: ['130110']\nlayers: [seats]", "x.md:4: unknown layer 'seats'"],
    ["id: a\nplaces: ['1301']", "x.md:3: place code '1301' has 4 digits"],
    ["id: a\nplaces: ['13011A']", "x.md:3: place code '13011A' is not all digits"],
    ['id: a\nplaces: []', 'x.md:3: places is empty'],
    [
      "id: a\nplaces: ['130110']\ncamera: { zoom: high }",
      "x.md:4: camera.zoom must be a number, found the text 'high'",
    ],
    [
      "id: a\nplaces: ['130110']\ncamera: { center: [38.1, 114.3] }",
      'x.md:4: camera.center latitude 114.3 is out of range',
    ],
    ["id: a\nplaces: ['130110']\ncamera: 10", 'x.md:4: camera must be a mapping, found number 10'],
    ["places: ['130110']", "x.md:1: missing id — add 'id: a'"],
  ])('%j → %s', (yaml, message) => {
    const all = problems(yaml);
    expect(all).toHaveLength(1);
    expect(all[0]).toContain(message);
  });
});

describe('normalizeStory', () => {
  it('reads title, publisher and date', () => {
    const { fields, issues } = normalizeStory(
      block('title: 題\npublisher: 長城網\ndate: 2020-02'),
      's.md',
    );
    expect(issues).toEqual([]);
    expect(fields).toEqual({ title: '題', publisher: '長城網', date: '2020-02' });
  });

  it('rejects unknown keys with a suggestion', () => {
    const { issues } = normalizeStory(
      block('title: 題\npublisher: 長城網\ndate: 2020-02\nauthor: x'),
      's.md',
    );
    expect(issues.map(formatIssue)).toEqual([
      "s.md:5: unknown story key 'author' — allowed keys: 'title', 'publisher', 'date', 'byline' or 'url'",
    ]);
  });
});
