import { describe, expect, it } from 'vitest';
import { formatIssue, sortIssues } from './issues.ts';
import { closest, editDistance, listAllowed } from './suggest.ts';

describe('formatIssue', () => {
  it('is file:line: message — hint', () => {
    expect(
      formatIssue({
        file: 'content/chapters/07-x.md',
        line: 3,
        message: "unknown place code '130110202999'",
        hint: "did you mean '130110202203' (北寨村)?",
      }),
    ).toBe(
      "content/chapters/07-x.md:3: unknown place code '130110202999' — did you mean '130110202203' (北寨村)?",
    );
    expect(formatIssue({ file: 'a.md', line: 1, message: 'm' })).toBe('a.md:1: m');
  });

  it('sorts by file then line', () => {
    const sorted = sortIssues([
      { file: 'b', line: 1, message: '' },
      { file: 'a', line: 9, message: '' },
      { file: 'a', line: 2, message: '' },
    ]);
    expect(sorted.map((i) => `${i.file}${i.line}`)).toEqual(['a2', 'a9', 'b1']);
  });
});

describe('suggestions', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only plausible typos', () => {
    expect(closest('subheading', ['id', 'subhead', 'places'])).toBe('subhead');
    expect(closest('colour', ['id', 'places'])).toBeUndefined();
  });

  it('lists allowed values', () => {
    expect(listAllowed(['a', 'b', 'c'])).toBe("'a', 'b' or 'c'");
  });
});
