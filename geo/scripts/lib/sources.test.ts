/**
 * Bad source rows must fail the build with a message naming the file and the row.
 * Each case edits one row of the real gazetteer in memory and runs the whole build.
 */
import { describe, expect, it } from 'vitest';
import { buildGeo, readSourceFiles } from '../build-geo.ts';
import type { SourceFiles, SourceText } from './sources.ts';

const real = readSourceFiles();

/** Replaces `from` by `to` on the one line containing `marker`; returns the edit and its line. */
function editLine(src: SourceText, marker: string, from: string, to: string) {
  const lines = src.text.split('\n');
  const index = lines.findIndex((l) => l.includes(marker));
  const line = lines[index];
  if (index < 0 || line === undefined || !line.includes(from)) {
    throw new Error(`fixture: ${marker}/${from} not found`);
  }
  lines[index] = line.replace(from, to);
  return { text: { path: src.path, text: lines.join('\n') }, line: index + 1 };
}

function withVillages(text: SourceText): SourceFiles {
  return { ...real, villages: text };
}

// 东营北街村: a GCJ-02 village row, `...,114.46405,37.94301,GCJ-02,...`.
const DONGYING = '130110102204,';

// Each case runs the build up to the failing check; allow for a busy machine.
describe('bad source rows', { timeout: 30_000 }, () => {
  it('rejects a missing coordinate', () => {
    const { text, line } = editLine(real.villages, DONGYING, ',37.94301,', ',,');
    expect(() => buildGeo(withVillages(text))).toThrow(
      `geo/sources/villages.csv:${line}: missing coordinate: lon="114.46405", lat=""`,
    );
  });

  it('rejects a coordinate outside the district and points at the crs column', () => {
    const { text, line } = editLine(real.villages, DONGYING, '114.46405,37.94301', '116.1,39.9');
    expect(() => buildGeo(withVillages(text))).toThrow(
      `geo/sources/villages.csv:${line}: coordinate 116.1,39.9 lies outside the district outline — check the crs column (GCJ-02 or WGS84)`,
    );
  });

  it('rejects an unknown code', () => {
    const { text, line } = editLine(real.villages, DONGYING, ',130110102,', ',130110999,');
    expect(() => buildGeo(withVillages(text))).toThrow(
      `geo/sources/villages.csv:${line}: unknown code: village 130110102204 with township_code "130110999"`,
    );
  });

  it('rejects an unknown code in places.csv', () => {
    const { text, line } = editLine(
      real.places,
      'v_dongyingbeijie',
      ',130110102204,',
      ',130110102299,',
    );
    expect(() => buildGeo({ ...real, places: text })).toThrow(
      `geo/sources/places.csv:${line}: unknown code "130110102299" for village`,
    );
  });

  it('rejects a wrong crs label', () => {
    const { text, line } = editLine(real.villages, DONGYING, ',GCJ-02,', ',BD-09,');
    expect(() => buildGeo(withVillages(text))).toThrow(
      `geo/sources/villages.csv:${line}: unknown crs label "BD-09" — the crs column must be GCJ-02 or WGS84`,
    );
  });

  it('rejects a coordinate with no crs label', () => {
    const { text, line } = editLine(real.villages, DONGYING, ',GCJ-02,', ',,');
    expect(() => buildGeo(withVillages(text))).toThrow(
      `geo/sources/villages.csv:${line}: coordinate 114.46405,37.94301 has no crs label`,
    );
  });

  it('rejects an outline whose source does not say GCJ-02', () => {
    const outlines = {
      ...real.outlines,
      text: real.outlines.text.replace(
        '130105.json @8a125b3255f46b1a63d2df5080da5dbe83e00e5a (CC-BY-4.0; AMap-derived; GCJ-02)',
        '130105.json (WGS84)',
      ),
    };
    expect(() => buildGeo({ ...real, outlines })).toThrow(
      /^geo\/sources\/admin-outlines\.gcj02\.geojson: feature \d+ \(130105\): source .* must be Vonng\/adcode data\/fences and say GCJ-02/,
    );
  });

  it('rejects a places.csv point that disagrees with villages.csv', () => {
    const { text, line } = editLine(real.places, 'v_dongyingbeijie', '114.46405', '114.46406');
    expect(() => buildGeo({ ...real, places: text })).toThrow(
      `geo/sources/places.csv:${line}: village 130110102204 disagrees with its row`,
    );
  });

  it('rejects an unregistered source', () => {
    const { text, line } = editLine(
      real.villages,
      DONGYING,
      ',Vonng/adcode data/adcode/',
      ',Somewhere ',
    );
    expect(() => buildGeo(withVillages(text))).toThrow(
      `geo/sources/villages.csv:${line}: unregistered source "Somewhere `,
    );
  });
});
