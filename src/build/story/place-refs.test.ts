import { describe, expect, it } from 'vitest';
import { createPlaceResolver } from '../gazetteer/resolve-place.ts';
import { readFixtureGeo } from '../content/fixtures/read-fixture.ts';
import { formatIssue } from '../content/issues.ts';
import { checkPlaceRefs } from './place-refs.ts';

const lookup = createPlaceResolver(readFixtureGeo());

describe('checkPlaceRefs', () => {
  const join = (refs: { code: string; name?: string }[], text = '鄧村') =>
    checkPlaceRefs(
      refs.map((r, i) => ({ ...r, line: i + 5 })),
      lookup,
      'c.md',
      text,
    );

  it('resolves known codes', () => {
    const { codes, issues } = join([{ code: '130110104218', name: '鄧村' }]);
    expect(issues).toEqual([]);
    expect(codes).toEqual(['130110104218']);
  });

  it('explains a name that does not match its code', () => {
    expect(join([{ code: '130110104218', name: '王村' }], '王村').issues.map(formatIssue)).toEqual([
      'c.md:5: name 王村 does not match 130110104218 (邓村 / 鄧村) — check the code or the name',
    ]);
  });

  it('matches names across scripts and generic suffixes', () => {
    expect(join([{ code: '130110100025', name: '賀莊村' }], '賀莊村').issues).toEqual([]);
    expect(join([{ code: '420100', name: '武漢' }], '武漢').issues).toEqual([]);
  });

  it('suggests the division named like the name given with an unknown code', () => {
    expect(join([{ code: '130110104299', name: '鄧村' }]).issues.map(formatIssue)).toEqual([
      "c.md:5: unknown place code '130110104299' — did you mean '130110104218' (鄧村)?",
    ]);
  });

  it('else the code with the longest common prefix, then the numerically closest', () => {
    expect(join([{ code: '130110202999' }]).issues[0]?.hint).toBe(
      "did you mean '130110202203' (北寨村)?",
    );
  });

  it('reports a name missing from the chapter text', () => {
    expect(join([{ code: '130110104218', name: '鄧村' }], '別處').issues.map(formatIssue)).toEqual([
      "c.md:5: name 鄧村 does not appear in the chapter text — write the name exactly as this chapter's body does, or list the code alone",
    ]);
  });
});
