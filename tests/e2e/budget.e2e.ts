import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Deterministic budgets (bytes and counts) of the built site. Timings are not tested here:
 * `npm run bench` prints them.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const kB = 1024;

const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

async function assets(pattern: RegExp): Promise<string[]> {
  const names = await readdir(path.join(dist, 'assets'));
  return names.filter((n) => pattern.test(n)).map((n) => path.join(dist, 'assets', n));
}

describe('size budgets', () => {
  it('the map data the page loads stays under 40 KB gzipped (the issue’s ceiling is 60 KB)', async () => {
    // townships, places, context; region-water and region-provinces (the latter fetched only
    // for a wide view or by the locator, counted here as if always loaded).
    const files = await assets(/\.geojson$/);
    expect(files).toHaveLength(5);
    const total = (await Promise.all(files.map(gzipSize))).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(40 * kB);
  });

  it('the page script, the map worker, the styles and the HTML stay within budget', async () => {
    const [main] = await assets(/^index-.*\.js$/);
    const [worker] = await assets(/^maplibre-gl-worker-.*\.js$/);
    const [css] = await assets(/\.css$/);
    expect(main && worker && css).toBeTruthy();
    expect(await gzipSize(main!)).toBeLessThan(360 * kB);
    expect(await gzipSize(worker!)).toBeLessThan(170 * kB);
    expect(await gzipSize(css!)).toBeLessThan(16 * kB);
    expect(await gzipSize(path.join(dist, 'index.html'))).toBeLessThan(24 * kB);
  });

  it('ships no converter dictionary and no absolute URL to fetch at run time', async () => {
    const [main] = await assets(/^index-.*\.js$/);
    const code = await readFile(main!, 'utf8');
    expect(code).not.toMatch(/opencc/i);
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
