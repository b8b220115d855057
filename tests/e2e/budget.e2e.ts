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

/** The page's script and the map code it imports (not the worker, not the script-text chunks). */
async function pageCode(): Promise<string> {
  const files = await assets(/^(index|story-map)-.*\.js$/);
  expect(files).toHaveLength(2);
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('size budgets', () => {
  it('the map data stays under 19.5 KB gzipped, the context outlines under 8.5 KB', async () => {
    // townships, context, region-water and region-provinces as TopoJSON made at build time
    // (topojson-plugin.ts; the provinces load only for a wide chapter, counted here as if
    // always loaded), places as GeoJSON. Reached Dec 2026: 17.8 KiB (was 30.7 as GeoJSON).
    const files = await assets(/\.(geojson|topojson)$/);
    expect(files).toHaveLength(5);
    const total = (await Promise.all(files.map(gzipSize))).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(19.5 * kB);
    // The backdrop (district, counties, prefecture, 2 city points): 8.1 KiB (was 17.8).
    const [context] = await assets(/^context-.*\.topojson$/);
    expect(await gzipSize(context!)).toBeLessThan(8.5 * kB);
  });

  it('the page script, the map code, its worker, the styles and the HTML stay within budget', async () => {
    const [main] = await assets(/^index-.*\.js$/);
    const [mapCode] = await assets(/^story-map-.*\.js$/);
    const [worker] = await assets(/^maplibre-gl-csp-worker-.*\.js$/);
    const [css] = await assets(/^index-.*\.css$/);
    const [mapCss] = await assets(/^story-map-.*\.css$/);
    expect(main && mapCode && worker && css && mapCss).toBeTruthy();
    // The page's own script: scrolling, navigation, the script switch, place links, the
    // locator's lines and the story's map state; no MapLibre (main.ts imports the map after
    // the first paint). Reached Dec 2026: 19.9 KiB.
    expect(await gzipSize(main!)).toBeLessThan(21.5 * kB);
    // The map: MapLibre 5's CSP build (~238 KiB) and our map code. Reached Dec 2026:
    // 246.9 KiB (with the page script, 264.9; 307.7 with MapLibre 6's main module).
    expect(await gzipSize(mapCode!)).toBeLessThan(249 * kB);
    // MapLibre 5's CSP worker file: 121.5 KiB (MapLibre 6's worker was 144.9).
    expect(await gzipSize(worker!)).toBeLessThan(123 * kB);
    // The page's styles (4.2 KiB), and maplibre-gl.css trimmed to the controls the page
    // shows (trim-maplibre-css.ts) with our changes to them, imported with the map's code
    // (2.4 KiB).
    expect(await gzipSize(css!)).toBeLessThan(4.6 * kB);
    expect(await gzipSize(mapCss!)).toBeLessThan(2.6 * kB);
    // The article's text (~11 KiB), the opening map picture (~6), the facts table, places
    // index, contents, timeline and credits in one script (~4.3), the figures' markup (~0.6).
    // Reached Dec 2026: 22.4 KiB (was 27.1 with both scripts' copies and a finer picture).
    expect(await gzipSize(path.join(dist, 'index.html'))).toBeLessThan(24 * kB);
  });

  it('the map picture inlined for the first paint stays under 6.5 KB gzipped', async () => {
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    const picture = /<div class="static-map" data-map-picture>.*?<\/svg><\/div>/s.exec(html);
    expect(picture).not.toBeNull();
    // Paths in whole units (svg-path.ts): 5.9 KiB reached Dec 2026 (8.8 in tenths).
    expect(gzipSync(picture![0], { level: 9 }).length).toBeLessThan(6.5 * kB);
  });

  it('the static map figures (print, no live map) stay small: 40 files, under 4.5 KB gzipped each', async () => {
    const names = (await readdir(path.join(dist, 'maps'))).filter((n) => n.endsWith('.svg'));
    expect(names).toHaveLength(40);
    const sizes = await Promise.all(names.map((n) => gzipSize(path.join(dist, 'maps', n))));
    for (const size of sizes) expect(size).toBeLessThan(4.5 * kB);
  });

  it('ships the page script, the map code and its worker, two script-text chunks, two style sheets and five data files', async () => {
    expect(await assets(/^(index|story-map|maplibre-gl-csp-worker)-.*\.js$/)).toHaveLength(3);
    expect(await assets(/\.css$/)).toHaveLength(2);
    expect(await assets(/\.(geojson|topojson)$/)).toHaveLength(5);
    // Each script's words (virtual:story-text/*), fetched only on a switch: ~12 KiB each.
    const texts = await assets(/^(hant|hans)-.*\.js$/);
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(await gzipSize(text)).toBeLessThan(13 * kB);
    expect(await assets(/\.js$/)).toHaveLength(5);
  });

  it('the page and map code carry no chapter text (the HTML has it; the other script is a chunk)', async () => {
    const code = await pageCode();
    // A sentence of the opening chapter's body, past its first 16 characters (the opening
    // words the contents name it by), in either script.
    expect(code).not.toContain('新型冠狀病毒疫情牽動著');
    expect(code).not.toContain('新型冠状病毒疫情牵动着');
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).toContain('新型冠狀病毒疫情牽動著');
  });

  it('ships no converter dictionary and no absolute URL to fetch at run time', async () => {
    const code = await pageCode();
    expect(code).not.toMatch(/opencc/i);
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('keeps MapLibre out of the page script and out of the HTML’s requests', async () => {
    const [main] = await assets(/^index-.*\.js$/);
    const [mapCode] = await assets(/^story-map-.*\.js$/);
    // A message of MapLibre's own, in its code wherever it is bundled.
    const marker = 'Failed to initialize WebGL';
    expect(await readFile(mapCode!, 'utf8')).toContain(marker);
    expect(await readFile(main!, 'utf8')).not.toContain(marker);
    // main.ts imports it after the first paint; preloaded, its compile came before that
    // paint (~0.1 s later on desktop in alternating loads) and its download would compete
    // with the page's own files on a slow network.
    const html = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(html).not.toContain(path.basename(mapCode!));
  });
});
