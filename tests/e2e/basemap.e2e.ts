import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASEMAP_ONLY_PACKAGES } from '../../src/build/node/basemap-config.ts';
import { policyWith } from '../../src/build/node/csp.ts';
import { loadStory } from '../../src/build/node/load-story.ts';
import type { Chapter, Story } from '../../src/shared/model.ts';
import {
  startBasemapServer,
  testArchiveAttribution,
  testAttribution,
  testRoadsLayer,
  type BasemapServer,
} from '../support/basemap-server.ts';
import {
  launchBrowser,
  scrollToChapter,
  viewports,
  waitForMapIdle,
  watchPage,
  type PageProblems,
} from '../support/browser.ts';

/**
 * The site built with `BASEMAP=<style URL>` into its own folder, the style served by a
 * second local server (another port: another origin). The page is served with the policy
 * its own meta tag carries, as a host would send it.
 */
const root = path.resolve(import.meta.dirname, '../..');
const roadsId = `basemap:${testRoadsLayer}`;
let basemap: BasemapServer;
let outDir: string;
let server: PreviewServer;
let origin: string;
let browser: Browser;
let story: Story;
let policy: string;

beforeAll(async () => {
  basemap = await startBasemapServer();
  outDir = await mkdtemp(path.join(tmpdir(), 'luquan-basemap-'));
  await promisify(execFile)(
    path.join(root, 'node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, BASEMAP: basemap.styleUrl } },
  );
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  server = await preview({
    root,
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      headers: { 'Content-Security-Policy': policy },
    },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  const loaded = await loadStory(root);
  if (!loaded.story) throw new Error('content has problems: run npm run check');
  story = loaded.story;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await basemap?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function openPage(): Promise<{ page: Page; problems: PageProblems; warnings: string[] }> {
  const context = await browser.newContext({ ...viewports.desktop, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = await watchPage(page, origin);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(origin + '/');
  await waitForMapIdle(page);
  return { page, problems, warnings };
}

/** The chapter's own state holds: it is the marked one, the map shows it, its places are lit. */
async function expectChapterShown(page: Page, chapter: Chapter): Promise<void> {
  const current = await page.locator('.step[aria-current="step"]').getAttribute('data-chapter');
  expect(current).toBe(chapter.id);
  expect(await page.locator('#map').getAttribute('data-chapter')).toBe(chapter.id);
  expect(chapter.map.highlights.length + chapter.map.cities.length).toBeGreaterThan(0);
  for (const target of chapter.map.highlights) {
    const state = await page.evaluate((t) => window.__map!.getFeatureState(t), target);
    expect(state['active'], `${chapter.id}: ${target.source}/${target.id}`).toBe(true);
  }
}

describe('optional basemap (BASEMAP=<style URL>)', () => {
  it('the build with a basemap ships its packages’ licences', async () => {
    const licences = await readFile(path.join(outDir, 'licenses.txt'), 'utf8');
    const pkg = JSON.parse(await readFile(path.resolve('package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const name of BASEMAP_ONLY_PACKAGES)
      expect(licences).toContain(`## ${name} - ${pkg.dependencies[name]} (`);
  });

  it('the policy adds exactly the basemap origin, to img-src and connect-src', () => {
    expect(policy).toBe(policyWith([basemap.origin]));
    expect(policy).toContain(`img-src 'self' data: ${basemap.origin};`);
    expect(policy).toContain(`connect-src 'self' ${basemap.origin};`);
  });

  it('draws the basemap under the story, from its origin only, credited, with no violation', async () => {
    const { page, problems } = await openPage();
    try {
      await page.waitForFunction((id) => Boolean(window.__map?.getLayer(id)), roadsId);
      await waitForMapIdle(page);
      const ids = await page.evaluate(() => window.__map!.getStyle().layers.map((l) => l.id));
      const basemapIds = ids.filter((id) => id.startsWith('basemap:'));
      expect(basemapIds).toEqual([
        'basemap:test-paper',
        'basemap:test-terrain',
        'basemap:test-fields',
        roadsId,
      ]);
      // Every basemap layer is below every layer of the story's own.
      expect(ids.slice(0, basemapIds.length)).toEqual(basemapIds);
      expect(ids.length).toBeGreaterThan(basemapIds.length + 10);
      // The story's paper gives way; the roads are drawn in the view.
      const background = await page.evaluate(() =>
        window.__map!.getLayoutProperty('outside-prefecture-fill', 'visibility'),
      );
      expect(background).toBe('none');
      const roadsDrawn = await page.evaluate(
        (id) => window.__map!.queryRenderedFeatures({ layers: [id] }).length,
        roadsId,
      );
      expect(roadsDrawn).toBeGreaterThan(0);
      // Style, GeoJSON (fetched by the worker), raster tiles and the PMTiles archive (read by
      // range through the pmtiles:// protocol) all came from the basemap host.
      expect(basemap.requests).toContain('/style.json');
      expect(basemap.requests).toContain('/fields.pmtiles');
      const fieldsLoaded = await page.evaluate(() =>
        window.__map!.isSourceLoaded('basemap:fields'),
      );
      expect(fieldsLoaded).toBe(true);
      expect(basemap.requests).toContain('/roads.geojson');
      expect(basemap.requests.some((p) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(p))).toBe(true);
      const offOrigins = new Set(problems.offOrigin.map((url) => new URL(url).origin));
      expect([...offOrigins]).toEqual([basemap.origin]);
      // Its attribution stands beside the story's own.
      const credits = await page.locator('.maplibregl-ctrl-attrib-inner').textContent();
      expect(credits).toContain(testAttribution);
      expect(credits).toContain('Test terrain');
      expect(credits).toContain(testArchiveAttribution);
      expect(credits).toContain(story.attribution[0]!);
      // The chapters still work over it: the first is shown, the last flies out to Wuhan.
      await expectChapterShown(page, story.chapters[0]!);
      const last = story.chapters[story.chapters.length - 1]!;
      await scrollToChapter(page, last.id);
      await expectChapterShown(page, last);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a broken basemap is a warning: the story map works without it', async () => {
    basemap.mode = 'garbage';
    const { page, problems, warnings } = await openPage();
    try {
      await expect
        .poll(() => warnings.filter((w) => w.startsWith('Basemap not drawn')))
        .toHaveLength(1);
      await waitForMapIdle(page);
      const ids = await page.evaluate(() => window.__map!.getStyle().layers.map((l) => l.id));
      expect(ids.filter((id) => id.startsWith('basemap:'))).toEqual([]);
      const background = await page.evaluate(() =>
        window.__map!.getLayoutProperty('outside-prefecture-fill', 'visibility'),
      );
      expect(background).not.toBe('none');
      await expectChapterShown(page, story.chapters[0]!);
      expect(problems.cspViolations).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      basemap.mode = 'ok';
      await page.context().close();
    }
  });
});
