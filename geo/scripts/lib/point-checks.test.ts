import { describe, expect, it } from 'vitest';
import { miniSourceFiles } from '../test-helpers.ts';
import { wgs84Outlines } from './outlines.ts';
import { checkPointsInDistrict } from './point-checks.ts';
import { readSources } from './read-sources.ts';
import type { SourceFiles } from './sources.ts';

const files = miniSourceFiles();
const base = readSources(files);
const { district } = wgs84Outlines(base.outlines, base.outlinesPath);

/** Replaces text in one source table and reads the sources again. */
function edited(table: 'townships' | 'villages' | 'places', from: string, to: string) {
  const src = files[table];
  if (!src.text.includes(from)) throw new Error(`fixture: ${from} not in ${table}`);
  const changed: SourceFiles = { ...files, [table]: { ...src, text: src.text.replace(from, to) } };
  return readSources(changed);
}

describe('checkPointsInDistrict (fixtures/in/mini-sources)', () => {
  it('accepts the fixture, including a city far outside the district', () => {
    expect(() => checkPointsInDistrict(base, district)).not.toThrow();
  });

  it('rejects a village outside the district and points at the crs column', () => {
    const s = edited('villages', '114.25,38.15,WGS84', '114.6,38.15,WGS84');
    expect(() => checkPointsInDistrict(s, district)).toThrow(
      'mini-sources/villages.csv:2: coordinate 114.6,38.15 lies outside the district outline — check the crs column',
    );
  });

  it('rejects a township seat outside the district', () => {
    const s = edited('townships', '114.3,38.1,WGS84', '114.1,38.1,WGS84');
    expect(() => checkPointsInDistrict(s, district)).toThrow(/^mini-sources\/townships\.csv:2: /);
  });

  it('rejects a places.csv point that disagrees with its villages.csv row', () => {
    const s = edited('places', '114.45,38.0,GCJ-02', '114.45,38.01,GCJ-02');
    expect(() => checkPointsInDistrict(s, district)).toThrow(
      'mini-sources/places.csv:4: village 130110101200 disagrees with its row in townships.csv/villages.csv',
    );
  });

  it('rejects the same coordinates under another crs label', () => {
    const s = edited('places', '114.3,38.1,WGS84', '114.3,38.1,GCJ-02');
    expect(() => checkPointsInDistrict(s, district)).toThrow(
      /^mini-sources\/places\.csv:3: township-seat 130110100 disagrees/,
    );
  });
});
