import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/node/csp.ts';
import { scrollToChapter, waitForMapIdle } from '../support/browser.ts';
import { switchScript, useStorySite } from './setup.ts';

const site = useStorySite();
const builtHtml = () =>
  readFile(path.resolve(import.meta.dirname, '../../dist/index.html'), 'utf8');

describe('Content Security Policy', () => {
  it('the built page carries the policy in a meta tag ahead of every script and stylesheet', async () => {
    const html = await builtHtml();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
    const firstResource = html.search(/<(script|link|style)\b/);
    expect(meta!.index).toBeLessThan(firstResource);
  });

  it('the built page needs no inline script or style to work', async () => {
    const html = await builtHtml();
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    // Every script is a file; an inline one would be blocked.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="/);
  });

  it('vite preview sends the same policy as a header', async () => {
    const response = await fetch(site.origin + '/');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('map, controls and script switch work with no violation', async () => {
    const { page, problems } = await site.open('desktop');
    // The worker is a same-origin file and the control icons are data: URIs the policy allows.
    await page.click('.maplibregl-ctrl-zoom-in');
    await page.click('.maplibregl-ctrl-attrib-button');
    await switchScript(page, 'hans');
    await page.evaluate(() => window.__map!.zoomOut({ animate: false }));
    await page.waitForFunction(() => window.__map!.loaded() && !window.__map!.isMoving());
    const iconImage = await page
      .locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')
      .evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(iconImage).toMatch(/^url\("data:image\/svg\+xml/);
    expect(problems.cspViolations).toEqual([]);
  });

  it('the default build (no BASEMAP) draws no basemap and asks nothing of another origin', async () => {
    const { page, problems } = await site.open('desktop', { waitForMap: false });
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.reload();
    await waitForMapIdle(page);
    // The widest view, where a basemap would have most to draw.
    const last = site.story.chapters[site.story.chapters.length - 1]!;
    await scrollToChapter(page, last.id);
    const ids = await page.evaluate(() => window.__map!.getStyle().layers.map((l) => l.id));
    expect(ids.filter((id) => id.startsWith('basemap:'))).toEqual([]);
    expect(ids[0]).toBe('outside-prefecture-fill');
    expect([...origins]).toEqual([site.origin]);
    expect(problems.offOrigin).toEqual([]);
  });

  it('an injected inline script is blocked and reported', async () => {
    const { page, problems } = await site.open('desktop', { waitForMap: false });
    // The page counts its own violation events (Chromium may dispatch one block more than
    // once) until none has come for a while, so the test knows how many reports to await.
    const { ran, events } = await page.evaluate(async () => {
      let events = 0;
      const start = performance.now();
      let last = start;
      document.addEventListener('securitypolicyviolation', () => {
        events += 1;
        last = performance.now();
      });
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
      const ran = 'injectedScriptRan' in window;
      const waiting = () =>
        events === 0 ? performance.now() - start < 5000 : performance.now() - last < 500;
      while (waiting()) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { ran, events };
    });
    expect(ran).toBe(false);
    expect(events).toBeGreaterThan(0);
    await expect.poll(() => problems.cspViolations.length).toBe(events);
    for (const violation of problems.cspViolations) {
      expect(violation).toMatch(/^script-src-elem blocked inline/);
    }
    // This test's own violation is the expected result: the shared check must not see it.
    problems.cspViolations.splice(0);
    problems.consoleErrors.splice(
      0,
      problems.consoleErrors.length,
      ...problems.consoleErrors.filter((e) => !/Content Security Policy/.test(e)),
    );
  });
});
