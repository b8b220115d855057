import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../content/issues.ts';
import { loadGeoData } from './load-geo.ts';

const GEO_DIR = join(import.meta.dirname, '..', '..', '..', 'geo');

describe('loadGeoData', () => {
  it('names the missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-'));
    const error: unknown = await loadGeoData(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect(error).toMatchObject({
      file: join(dir, 'townships.geojson'),
      message: expect.stringMatching(/^cannot read/) as unknown,
    });
  });

  it('names the invalid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-'));
    for (const name of ['townships.geojson', 'places.geojson', 'divisions.json']) {
      copyFileSync(join(GEO_DIR, name), join(dir, name));
    }
    writeFileSync(join(dir, 'context.geojson'), '{"type":"Feature"}');
    await expect(loadGeoData(dir)).rejects.toMatchObject({
      file: join(dir, 'context.geojson'),
      message: 'not a GeoJSON FeatureCollection',
    });
  });
});
