import { describe, expect, it } from 'vitest';
import { divisionsJson } from './divisions.json.ts';
import { readSources } from './lib/read-sources.ts';
import { expectedFixture, miniSourceFiles } from './test-helpers.ts';

describe('divisionsJson (fixtures/in/mini-sources → fixtures/out/mini-divisions.json)', () => {
  const divisions = divisionsJson(readSources(miniSourceFiles()));

  it('matches the expected output', () => {
    expect(divisions).toEqual(expectedFixture('mini-divisions.json', divisions));
  });

  it('lists every code, located or not, sorted by code', () => {
    expect(divisions.map((d) => `${d.code} ${d.kind}`)).toEqual([
      '130100 city',
      '130110 district',
      '130110100 township',
      '130110100001 community',
      '130110100200 village',
      '130110101 township',
      '130110101200 village',
      '130110500 township',
      '130110500001 community',
      '420100 city',
    ]);
  });

  it('gives villages and communities their township, and no one else', () => {
    for (const d of divisions) {
      const under = d.kind === 'village' || d.kind === 'community';
      expect('township' in d, d.code).toBe(under);
      if (under) expect(d.code.startsWith(d.township ?? '-')).toBe(true);
    }
  });

  it('keeps the official name and adds the short one, in both scripts', () => {
    expect(divisions.find((d) => d.code === '130110101200')).toEqual({
      code: '130110101200',
      name_hans: '王村村民委员会',
      name_hant: '王村村民委員會',
      short_hans: '王村',
      short_hant: '王村',
      kind: 'village',
      township: '130110101',
    });
  });
});
