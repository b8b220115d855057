import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countSources, expectedFixture, FIXTURES_DIR } from './test-helpers.ts';

describe('expectedFixture', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'geo-fixtures-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails on a missing expected file and does not create it', () => {
    expect(() => expectedFixture('absent.geojson', { a: 1 }, {}, dir)).toThrow(
      /absent\.geojson: missing expected fixture — run REGEN=1/,
    );
    expect(() => readFileSync(join(dir, 'absent.geojson'))).toThrow(/ENOENT/);
  });

  it('returns the file as written, not the actual value', () => {
    writeFileSync(join(dir, 'x.geojson'), '{"a":2}\n');
    expect(expectedFixture('x.geojson', { a: 1 }, {}, dir)).toEqual({ a: 2 });
  });

  it('writes the file only with REGEN=1', () => {
    expect(expectedFixture('y.geojson', { a: 3 }, { REGEN: '1' }, dir)).toEqual({ a: 3 });
    expect(readFileSync(join(dir, 'y.geojson'), 'utf8')).toBe('{\n  "a": 3\n}\n');
    expect(() => expectedFixture('z.geojson', { a: 3 }, { REGEN: 'yes' }, dir)).toThrow(
      /missing expected fixture/,
    );
  });

  it('reads geo/scripts/fixtures/out by default', () => {
    expect(FIXTURES_DIR).toMatch(/geo[/\\]scripts[/\\]fixtures$/);
  });
});

describe('countSources', () => {
  it('counts rows, seats and located villages of a small source folder', () => {
    const geo = mkdtempSync(join(tmpdir(), 'geo-counts-'));
    try {
      const sources = join(geo, 'sources');
      mkdirSync(sources);
      writeFileSync(
        join(sources, 'townships.csv'),
        'code,name,seat_lon\n130110100,A,114.3\n130110500,B,\n130110200,C,\n',
      );
      writeFileSync(
        join(sources, 'villages.csv'),
        'code,township_code,lon\n130110100001,130110100,114.3\n130110200001,130110200,114.2\n130110200002,130110200,\n',
      );
      writeFileSync(
        join(sources, 'places.csv'),
        'id,kind\nsjz,city\nwh,city\nseat,district-seat\n',
      );
      expect(countSources(geo)).toEqual({
        townshipRows: 3,
        seats: new Set(['130110100']),
        villageRows: 3,
        locatedVillages: 2,
        townshipsWithPoints: new Set(['130110100', '130110200']),
        cityRows: 2,
      });
    } finally {
      rmSync(geo, { recursive: true, force: true });
    }
  });
});
