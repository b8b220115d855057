import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ui, type UiStringKey } from '../../src/shared/ui-strings.ts';
import { launchBrowser, waitForMapIdle, type PageProblems } from '../support/browser.ts';
import { switchScript, useStorySite } from './setup.ts';

const site = useStorySite();

/** Open the story with the map data answered by `answer` (the routes hold from the first request). */
async function openWithGeo(answer: (route: Route) => Promise<void> | void) {
  const opened = await site.open('desktop', { waitForMap: false });
  await opened.page.route(/\.(geojson|topojson)$/, answer);
  await opened.page.reload();
  return opened;
}

/** The page reads without the map and says so, in each script, with nothing thrown. */
async function expectUnavailable(page: Page, reason: UiStringKey): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('no-map'));
  const line = page.locator('#article .map-unavailable');
  expect(await line.isVisible()).toBe(true);
  expect(await line.textContent()).toBe(ui(reason, 'hant'));
  expect(await page.locator('.map-loading').count(), 'no loading line is left').toBe(0);
  expect(await page.locator('#article .step').first().isVisible()).toBe(true);
  await switchScript(page, 'hans');
  expect(await line.textContent()).toBe(ui(reason, 'hans'));
}

/** Only the refused map files may show in the console (Chromium logs a failed load itself). */
function expectOnlyFailedLoads(problems: PageProblems): void {
  const other = problems.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'));
  expect(other).toEqual([]);
  problems.consoleErrors.length = 0;
}

describe('map notices', () => {
  it('while the map data loads, the pane says so quietly, in the reader script, until the map is ready', async () => {
    const held: Route[] = [];
    let releasing = false;
    const { page, problems } = await openWithGeo((route) => {
      if (releasing) return route.continue();
      held.push(route);
    });
    const loading = page.locator('.map-pane .map-loading');
    await loading.waitFor({ state: 'visible' });
    expect(await loading.textContent()).toBe(ui('mapLoading', 'hant'));
    expect(await loading.getAttribute('role'), 'plain text, not an alert').toBeNull();
    await switchScript(page, 'hans');
    expect(await loading.textContent()).toBe(ui('mapLoading', 'hans'));

    releasing = true;
    await Promise.all(held.map((route) => route.continue()));
    await waitForMapIdle(page);
    await loading.waitFor({ state: 'detached' });
    expect(await page.locator('.map-unavailable').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('map data that is missing (404) gives a visible notice and a readable article', async () => {
    const { page, problems } = await openWithGeo((route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    await expectUnavailable(page, 'mapLoadFailed');
    expectOnlyFailedLoads(problems);
  });

  it('garbled map data gives the same notice, with no error thrown', async () => {
    const { page, problems } = await openWithGeo((route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body: '{"type":"Feat' }),
    );
    await expectUnavailable(page, 'mapLoadFailed');
    expect(problems.consoleErrors).toEqual([]);
  });

  it('map code that does not load gives the same notice; the text’s own controls still work', async () => {
    // MapLibre is in the map's own chunk (imported after the first paint), not the page script.
    const opened = await site.open('desktop', { waitForMap: false });
    await opened.page.route(/\/story-map-[^/]*\.js$/, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    await opened.page.reload();
    // Includes a switch to Simplified: the page script works without the map's code.
    await expectUnavailable(opened.page, 'mapLoadFailed');
    expect(await opened.page.evaluate(() => window.__map === undefined)).toBe(true);
    expectOnlyFailedLoads(opened.problems);
  });

  it('a browser without WebGL is told the map cannot be shown here', async () => {
    const noWebGl = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
    try {
      const { page, problems } = await site.open('desktop', {
        browser: noWebGl,
        waitForMap: false,
      });
      await expectUnavailable(page, 'mapUnavailable');
      expect(await page.evaluate(() => window.__map === undefined)).toBe(true);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await noWebGl.close();
    }
  });
});
