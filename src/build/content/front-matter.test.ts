import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';
import { formatIssue } from './issues.ts';

const split = (text: string) => splitFrontMatter({ path: 'content/chapters/01-a.md', text });

describe('splitFrontMatter', () => {
  it('splits front matter from the body and knows where the body starts', () => {
    const result = split('---\nid: a\n---\n\n甲。\n');
    expect(result.issues).toEqual([]);
    expect(result.yaml?.doc.toJS()).toEqual({ id: 'a' });
    expect(result.body).toBe('\n甲。\n');
    expect(result.bodyLine).toBe(4);
  });

  it('gives YAML errors the line in the file, not in the YAML block', () => {
    const result = split('---\nid: a\nplaces:\n\t- x\n---\n');
    expect(result.issues.map(formatIssue)).toEqual([
      "content/chapters/01-a.md:4: invalid YAML: Tabs are not allowed as indentation in '- x' — indent with spaces, never tabs",
    ]);
  });

  it('maps node offsets to file lines', () => {
    const result = split('---\nid: a\n\nplaces: [x]\n---\n');
    const places = result.yaml?.doc.get('places', true) as { range: [number] };
    expect(result.yaml?.lineAt(places.range[0])).toBe(4);
  });

  it('reports duplicate keys', () => {
    expect(split('---\nid: a\nid: b\n---\n').issues[0]?.message).toMatch(
      /^invalid YAML: Map keys must be unique/,
    );
  });

  it('reports a missing opening and a missing closing ---', () => {
    expect(split('id: a\n').issues[0]?.message).toMatch(/^front matter missing/);
    expect(split('---\nid: a\n').issues[0]?.message).toMatch(/^front matter not closed/);
  });
});
