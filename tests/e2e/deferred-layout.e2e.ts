import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deferredSections, type ViewportName } from '../support/browser.ts';
import { useStorySite } from './setup.ts';

/*
 * The first paint lays out a screenful; the rest of the article is laid out after it
 * (src/app/page/deferred-layout.ts, story.css). Readers must not see the difference: a jump
 * made while sections still wait lands where it should and stays there, and a page opened at
 * a fragment or without scripts has nothing deferred.
 */
const site = useStorySite();

/** Records whether the article still waited to be laid out when the first paint came. */
const recordFirstPaint = `
  window.__deferred = { pendingAtFirstPaint: null };
  new PerformanceObserver((list) => {
    if (window.__deferred.pendingAtFirstPaint !== null) return;
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    window.__deferred.pendingAtFirstPaint =
      document.documentElement.classList.contains('layout-pending');
  }).observe({ type: 'paint', buffered: true });
`;
/** No idle moment ever comes: the sections wait until a reader does something. */
const neverIdle = 'window.requestIdleCallback = () => 0;';

/** A fresh load of `path` with `initScript` run before the page's own scripts. */
async function openWith(
  size: ViewportName,
  initScript: string,
  path = '/',
  options: { bypassCSP?: boolean } = {},
): Promise<Page> {
  const { page } = await site.open(size, {
    waitForMap: false,
    initScript: { content: initScript },
    path,
    ...options,
  });
  return page;
}

const isPending = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('layout-pending'));
const untilLaidOut = (page: Page, timeout?: number) =>
  page.waitForFunction(
    () => !document.documentElement.classList.contains('layout-pending'),
    undefined,
    timeout ? { timeout } : {},
  );

describe('the article past its opening is laid out after the first paint', () => {
  it('waits at the first paint, then lays everything out without a reader doing anything', async () => {
    const page = await openWith('phone', recordFirstPaint);
    await page.waitForFunction(() => window.__deferred?.pendingAtFirstPaint != null);
    expect(await page.evaluate(() => window.__deferred!.pendingAtFirstPaint)).toBe(true);
    await untilLaidOut(page, 20_000);
  });

  it('defers the third chapter on and the sections after the article, not the opening', async () => {
    const page = await openWith('phone', neverIdle);
    const chapters = site.story.chapters.map((c) => c.id);
    expect(await deferredSections(page)).toEqual([
      ...chapters.slice(2),
      'facts',
      'places',
      'credits',
    ]);
    // Still waiting a while later: only the idle callbacks (stopped here) lay them out.
    await page.waitForTimeout(500);
    expect(await isPending(page)).toBe(true);
  });

  for (const [what, act] of [
    ['a key', (page: Page) => page.keyboard.press('Shift')],
    ['a scroll of more than a screen', (page: Page) => page.mouse.wheel(0, 3000)],
  ] as const) {
    it(`lays everything out at once on ${what}`, async () => {
      const page = await openWith('desktop', neverIdle);
      expect(await isPending(page)).toBe(true);
      await act(page);
      await untilLaidOut(page);
      expect(await deferredSections(page)).toEqual([]);
    });
  }

  it('defers nothing on a page opened at a fragment', async () => {
    const target = site.story.chapters[10]!.id;
    const page = await openWith('phone', neverIdle, `/#${target}`);
    expect(await deferredSections(page)).toEqual([]);
  });

  it('a jump made while sections wait lands on its chapter and stays there', async () => {
    // Without scroll anchoring, as in Safari: Chromium's would otherwise hide a shift.
    const page = await openWith('desktop', neverIdle, '/', { bypassCSP: true });
    await page.addStyleTag({ content: 'html, body { overflow-anchor: none; }' });
    const target = site.story.chapters.at(-2)!.id;
    expect(await isPending(page)).toBe(true);
    await page.evaluate((id) => {
      document.querySelector<HTMLElement>(`a[data-chapter-link="${id}"]`)!.click();
    }, target);
    const topOf = () =>
      page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target);
    const landed = await topOf();
    expect(landed).toBeGreaterThanOrEqual(-1);
    expect(landed).toBeLessThan(40);
    // Whatever still waited is laid out now (a key would do it): the chapter must not move.
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(Math.abs((await topOf()) - landed)).toBeLessThanOrEqual(1);
  });

  it('defers nothing without scripts', async () => {
    const { page } = await site.open('phone', { waitForMap: false, javaScriptEnabled: false });
    expect(await deferredSections(page)).toEqual([]);
  });
});
