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
  it('the map data the page loads stays under 34 KB gzipped', async () => {
    // townships, places, context; region-water and region-provinces (the latter fetched only
    // for a wide view or by the locator, counted here as if always loaded).
    const files = await assets(/\.geojson$/);
    expect(files).toHaveLength(5);
    const total = (await Promise.all(files.map(gzipSize))).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(34 * kB);
  });

  it('the page script, the map worker, the styles and the HTML stay within budget', async () => {
    const [main] = await assets(/^index-.*\.js$/);
    const [worker] = await assets(/^maplibre-gl-worker-.*\.js$/);
    const [css] = await assets(/\.css$/);
    expect(main && worker && css).toBeTruthy();
    // Reached in Dec 2026: 319 KiB with navigation, locator, legend, gifts and notices
    // (306 before them); worker 143.5 KiB.
    expect(await gzipSize(main!)).toBeLessThan(330 * kB);
    expect(await gzipSize(worker!)).toBeLessThan(148 * kB);
    // maplibre-gl.css is trimmed to the controls the page shows (trim-maplibre-css.ts).
    expect(await gzipSize(css!)).toBeLessThan(6.5 * kB);
    // The article's text (~13 KB), the opening map picture (~9 KB), contents, timeline and
    // the facts table in both scripts (~5 KB).
    expect(await gzipSize(path.join(dist, 'index.html'))).toBeLessThan(28 * kB);
  });

  it('the map picture inlined for the first paint stays under 9.5 KB gzipped', async () => {
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    const picture = /<div class="static-map" data-map-picture>.*?<\/svg><\/div>/s.exec(html);
    expect(picture).not.toBeNull();
    expect(gzipSync(picture![0], { level: 9 }).length).toBeLessThan(9.5 * kB);
  });

  it('the static map figures (print, no live map) stay small: 40 files, under 4.5 KB gzipped each', async () => {
    const names = (await readdir(path.join(dist, 'maps'))).filter((n) => n.endsWith('.svg'));
    expect(names).toHaveLength(40);
    const sizes = await Promise.all(names.map((n) => gzipSize(path.join(dist, 'maps', n))));
    for (const size of sizes) expect(size).toBeLessThan(4.5 * kB);
  });

  it('loads one script, one worker, one style sheet and five data files', async () => {
    expect(await assets(/\.js$/)).toHaveLength(2);
    expect(await assets(/\.css$/)).toHaveLength(1);
    expect(await assets(/\.geojson$/)).toHaveLength(5);
  });

  it('ships no converter dictionary and no absolute URL to fetch at run time', async () => {
    const [main] = await assets(/^index-.*\.js$/);
    const code = await readFile(main!, 'utf8');
    expect(code).not.toMatch(/opencc/i);
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
