import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, viewports, waitForMapIdle, watchPage } from '../support/browser.ts';
import { switchScript } from './setup.ts';

/**
 * The site hosted under a sub-path: `BASE=/story/ vite build` into a separate directory (the
 * content check and type check already ran for dist/), served by `vite preview` with that base.
 */
const root = path.resolve(import.meta.dirname, '../..');
const base = '/story/';
let outDir: string;
let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'luquan-sub-path-'));
  await promisify(execFile)(
    path.join(root, 'node_modules/.bin/vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, BASE: base } },
  );
  server = await preview({
    root,
    base,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe(`hosted under ${base}`, () => {
  it('every URL in the built page starts with the base or is relative', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url, url).toMatch(new RegExp(`^(${base}|[^/:]+$)`));
  });

  it('the map comes to rest with no error, no failed request and nothing off the origin', async () => {
    const context = await browser.newContext({ ...viewports.desktop, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const problems = await watchPage(page, origin);
      const failed: string[] = [];
      const requested: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(origin + base);
      await waitForMapIdle(page);
      // The geo data and the worker came from under the base.
      const fromBase = (pattern: RegExp) =>
        requested.filter((p) => pattern.test(p) && p.startsWith(`${base}assets/`)).length;
      // townships, places, context and the water (the provinces load for a wide chapter only).
      expect(fromBase(/\.(geojson|topojson)$/)).toBe(4);
      expect(fromBase(/maplibre-gl-csp-worker-[^/]*\.js$/)).toBe(1);
      const licenses = await page
        .locator('#credits a[data-ui="licensesLink"]')
        .evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(licenses).pathname.startsWith(base)).toBe(true);
      expect((await page.request.get(licenses)).status()).toBe(200);
      // The static map figures are served under the base too.
      const figure = await page.locator('figure.chapter-map img').first().getAttribute('src');
      expect(figure?.startsWith(`${base}maps/`)).toBe(true);
      expect((await page.request.get(origin + figure!)).status()).toBe(200);
      // The other script's words are a chunk under the base too.
      await switchScript(page, 'hans');
      expect(fromBase(/\/hans-[^/]*\.js$/)).toBe(1);
      expect(failed).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.offOrigin).toEqual([]);
      expect(problems.cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
