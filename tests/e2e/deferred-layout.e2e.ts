import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useStorySite } from './setup.ts';

/*
 * The first paint lays out a screenful; the rest of the article is laid out after it
 * (src/app/page/deferred-layout.ts, story.css). Readers must not see the difference: a jump
 * made while sections still wait lands where it should and stays there, and a page without
 * scripts has nothing deferred.
 */
const site = useStorySite();

/** Which of the article's sections had `content-visibility: auto` at the first paint. */
const recordDeferredAtFirstPaint = `
  window.__deferred = { atFirstPaint: null };
  new PerformanceObserver((list) => {
    if (window.__deferred.atFirstPaint !== null) return;
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    const sections = [...document.getElementById('article').children];
    window.__deferred.atFirstPaint = {
      deferred: sections.filter((s) => getComputedStyle(s).contentVisibility === 'auto').map((s) => s.id),
      total: sections.length,
    };
  }).observe({ type: 'paint', buffered: true });
`;

/** How many of the article's sections wait to be laid out now. */
function deferredNow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.getElementById('article')!.children].filter(
        (s) => getComputedStyle(s).contentVisibility === 'auto',
      ).length,
  );
}

interface AtFirstPaint {
  deferred: string[];
  total: number;
}

describe('the article past its opening is laid out after the first paint', () => {
  it('paints a screenful first, then lays every section out', async () => {
    const { page } = await site.open('phone', { waitForMap: false });
    // The observer must exist before the page's own: a fresh page with it as an init script.
    const context = page.context();
    await context.addInitScript({ content: recordDeferredAtFirstPaint });
    await page.goto(site.origin + '/');
    await page.waitForFunction(() => window.__deferred?.atFirstPaint !== null);
    const atFirstPaint = (await page.evaluate(
      () => window.__deferred.atFirstPaint,
    )) as AtFirstPaint;
    const [first, second, third] = site.story.chapters;
    // The opening two chapters are laid out for the first paint; the third on, and the
    // sections after the article, wait.
    expect(atFirstPaint.deferred).not.toContain(first!.id);
    expect(atFirstPaint.deferred).not.toContain(second!.id);
    expect(atFirstPaint.deferred).toContain(third!.id);
    expect(atFirstPaint.deferred).toEqual(
      expect.arrayContaining(['facts', 'places', 'credits', site.story.chapters.at(-1)!.id]),
    );
    // Then all of it, without a reader doing anything.
    await page.waitForFunction(
      () => !document.documentElement.classList.contains('layout-pending'),
      undefined,
      { timeout: 20_000 },
    );
    expect(await deferredNow(page)).toBe(0);
  });

  it('a jump made while sections wait lands on its chapter and stays there', async () => {
    // Without scroll anchoring, as in Safari: Chromium's would otherwise hide a shift.
    const { page } = await site.open('desktop', { waitForMap: false, bypassCSP: true });
    const cdp = await page.context().newCDPSession(page);
    // Slow, so the sections are still waiting when the reader jumps.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.goto(site.origin + '/', { waitUntil: 'domcontentloaded' });
    await page.addStyleTag({ content: 'html, body { overflow-anchor: none; }' });
    const target = site.story.chapters.at(-2)!.id;
    const pendingAtJump = await page.evaluate((id) => {
      const pending = document.documentElement.classList.contains('layout-pending');
      document.querySelector<HTMLElement>(`a[data-chapter-link="${id}"]`)!.click();
      return pending;
    }, target);
    expect(pendingAtJump).toBe(true);
    const topOf = () =>
      page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target);
    const landed = await topOf();
    expect(landed).toBeGreaterThanOrEqual(-1);
    expect(landed).toBeLessThan(40);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForTimeout(1500);
    expect(Math.abs((await topOf()) - landed)).toBeLessThanOrEqual(1);
  });

  it('defers nothing without scripts', async () => {
    const { page } = await site.open('phone', { waitForMap: false, javaScriptEnabled: false });
    expect(await deferredNow(page)).toBe(0);
  });
});
