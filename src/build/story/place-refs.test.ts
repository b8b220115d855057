import { describe, expect, it } from 'vitest';
import { createPlaceResolver } from '../gazetteer/resolve-place.ts';
import { readFixtureGeo } from '../content/fixtures/read-fixture.ts';
import { formatIssue } from '../content/issues.ts';
import { checkPlaceRefs, nameMatches, nameStem, nearestCode } from './place-refs.ts';

const lookup = createPlaceResolver(readFixtureGeo());
const division = (code: string) => {
  const d = lookup.divisions().find((x) => x.code === code);
  if (!d) throw new Error(code);
  return d;
};

describe('names', () => {
  it('compares stems across scripts and suffixes', () => {
    expect(nameStem('賀莊村')).toBe('贺庄');
    expect(nameMatches('賀莊村', division('130110100025'))).toBe(true);
    expect(nameMatches('武漢', division('420100'))).toBe(true);
    expect(nameMatches('王村', division('130110104218'))).toBe(false);
  });
});

describe('nearestCode', () => {
  it('prefers a division named like the name given', () => {
    expect(nearestCode('130110104299', '鄧村', lookup.divisions())?.code).toBe('130110104218');
  });

  it('else the longest common prefix, then the numerically closest', () => {
    expect(nearestCode('130110202999', undefined, lookup.divisions())?.code).toBe('130110202203');
  });
});

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
});
