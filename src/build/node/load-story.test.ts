import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GEO_DIR } from '../content/fixtures/read-fixture.ts';
import { loadStory } from './load-story.ts';

const valid = path.join(import.meta.dirname, '../content/fixtures/valid');

/** A copy of the valid fixture with one file removed. */
function validWithout(relative: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'story-'));
  cpSync(valid, root, { recursive: true });
  rmSync(path.join(root, relative));
  return root;
}

describe('loadStory', () => {
  it('builds the valid fixture', async () => {
    const { story, issues } = await loadStory(valid, { geoDir: FIXTURE_GEO_DIR });
    expect(issues).toEqual([]);
    expect(story?.chapters).toHaveLength(2);
  });

  it('reports a missing original article by its path instead of skipping the fidelity check', async () => {
    const root = validWithout('content/original/article.txt');
    const { story, issues } = await loadStory(root, { geoDir: FIXTURE_GEO_DIR });
    expect(story).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({ file: 'content/original/article.txt', line: 1 }),
    ]);
    expect(issues[0]?.message).toMatch(/missing/);
  });

  it('blames the geo file the resolver cannot use', async () => {
    const geo = mkdtempSync(path.join(tmpdir(), 'geo-'));
    cpSync(FIXTURE_GEO_DIR, geo, { recursive: true });
    writeFileSync(path.join(geo, 'context.geojson'), '{"type":"FeatureCollection","features":[]}');
    const { issues } = await loadStory(valid, { geoDir: geo });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: `${path.relative(valid, geo).split(path.sep).join('/')}/context.geojson`,
      message: 'has no district outline',
    });
  });
});
