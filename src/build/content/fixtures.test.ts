import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../story/build-story.ts';
import { FIXTURE_GEO_DIR, readFixture } from './fixtures/read-fixture.ts';
import { formatIssue } from './issues.ts';

const here = import.meta.dirname;
const invalidDir = path.join(here, 'fixtures/invalid');
const kinds = readdirSync(invalidDir).sort();

describe('invalid content fixtures', () => {
  it('cover at least 15 kinds of mistake', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(15);
  });

  it.each(kinds)('%s gives exactly the expected messages', (kind) => {
    const root = path.join(invalidDir, kind);
    const expected = readFileSync(path.join(root, 'expected.txt'), 'utf8').trimEnd().split('\n');
    const { story, issues } = buildStory(readFixture(root));
    expect(story).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual(expected);
  });
});

describe('valid content fixture', () => {
  it('builds without issues', () => {
    const { story, issues } = buildStory(readFixture(path.join(here, 'fixtures/valid')));
    expect(issues).toEqual([]);
    expect(story?.chapters.map((c) => c.id)).toEqual(['shangzhai', 'licun']);
  });
});

describe('npm run check (the real CLI)', () => {
  const repo = path.resolve(here, '../../..');
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/build/node/check-content.ts', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });

  it('exits 1 with the formatted message and no stack trace', () => {
    const root = path.join(invalidDir, 'unknown-place-code');
    const result = run(root, '--geo', FIXTURE_GEO_DIR);
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain(readFileSync(path.join(root, 'expected.txt'), 'utf8').trim());
    expect(output).toContain('1 problem in content/');
    expect(output).not.toContain('    at ');
  }, 30_000);

  it('exits 0 and summarises a valid tree', () => {
    const result = run(path.join(here, 'fixtures/valid'), '--geo', FIXTURE_GEO_DIR);
    expect(result.stdout).toContain('content OK: 2 chapters,');
    expect(result.status).toBe(0);
  }, 30_000);

  it('reports a missing geo folder as a problem, not a crash', () => {
    const result = run(path.join(here, 'fixtures/valid'), '--geo', 'no-such-geo');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^no-such-geo\/townships\.geojson:1: cannot load geo data/m);
    expect(result.stderr).not.toContain('    at ');
  }, 30_000);
});
