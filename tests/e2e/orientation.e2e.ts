import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Chapter, Script } from '../../src/shared/model.ts';
import { scrollToChapter, viewports, type ViewportName } from '../support/browser.ts';
import { obstaclesOver } from '../support/target-cover.ts';
import { useStorySite } from './setup.ts';

const site = useStorySite();

const chapter = (id: string): Chapter => {
  const found = site.story.chapters.find((c) => c.id === id);
  if (!found) throw new Error(`no chapter ${id}`);
  return found;
};

/** The legend's entry ids, as listed in the page. */
const legendIds = (page: Page) =>
  page.$$eval('.map-legend li', (items) => items.map((li) => (li as HTMLElement).dataset.entry));

/** Province names the map has drawn as labels in the current view. */
const provinceLabels = (page: Page, script: Script) =>
  page.evaluate(
    (field) =>
      window
        .__map!.queryRenderedFeatures({ layers: ['province-label'] })
        .map((f) => String(f.properties[field])),
    script === 'hant' ? 'name_hant' : 'name_hans',
  );

/** Wait until the map has drawn province labels (their file loads on the first wide view). */
async function waitForProvinceLabels(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      Boolean(window.__map!.getLayer('province-label')) &&
      window.__map!.queryRenderedFeatures({ layers: ['province-label'] }).length >= 3,
  );
}

/** Wait until the legend describes chapter `id`'s view as drawn (it settles when the map is idle). */
async function waitForLegendOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (chapterId) =>
      document.querySelector<HTMLElement>('.map-legend')?.dataset.chapter === chapterId,
    id,
  );
}

/** The locator box's centre in the SVG's own units. */
const boxCentre = (page: Page) =>
  page.$eval('.map-locator-box', (box) => {
    const n = (a: string) => Number(box.getAttribute(a));
    return { x: n('x') + n('width') / 2, y: n('y') + n('height') / 2, w: n('width') };
  });

for (const size of Object.keys(viewports) as ViewportName[]) {
  describe(`orientation at ${size} size`, () => {
    it('the closing chapter shows Hebei, Henan and Hubei between Luquan and Wuhan, in both scripts', async () => {
      const { page } = await site.open(size);
      await scrollToChapter(page, 'closing');
      await waitForProvinceLabels(page);
      expect(await provinceLabels(page, 'hant')).toEqual(
        expect.arrayContaining(['河北省', '河南省', '湖北省']),
      );
      expect(await page.$eval('.map-locator', (el) => el.dataset.wuhan)).toBe('true');
      await page.click('#script-toggle');
      await page.waitForFunction(
        () => document.querySelector('.map-legend summary')?.textContent === '图例',
      );
      // The text in the other script has other heights: come back to the closing chapter.
      await scrollToChapter(page, 'closing');
      await waitForProvinceLabels(page);
      const hans = await page.evaluate(() => {
        const field = window.__map!.getLayoutProperty('province-label', 'text-field') as unknown;
        return JSON.stringify(field);
      });
      expect(hans).toContain('name_hans');
      expect(await provinceLabels(page, 'hans')).toEqual(
        expect.arrayContaining(['河北省', '河南省', '湖北省']),
      );
      expect(await page.textContent('.map-legend li[data-entry="wuhan-link"]')).toBe('鹿泉—武汉');
    });

    it('the locator and legend never cover a chapter target, and the legend lists what the chapter shows', async () => {
      const { page } = await site.open(size);
      for (const id of ['lede', 'peicun-veteran', 'closing']) {
        const c = chapter(id);
        await scrollToChapter(page, id);
        await waitForLegendOn(page, id);
        expect(await obstaclesOver(page, c.map.camera.bounds), `${id}`).toEqual([]);
        const ids = await legendIds(page);
        expect(ids.includes('wuhan-link'), `${id}: Wuhan line`).toBe(
          c.map.layers.includes('wuhan-link'),
        );
        expect(ids.includes('city'), `${id}: city`).toBe(c.map.cities.length > 0);
        expect(ids.includes('approximate'), `${id}: approximate`).toBe(
          c.map.approximate.length > 0,
        );
        expect(ids.includes('township-derived'), `${id}: derived area`).toBe(
          c.map.derivedArea && c.map.highlights.some((h) => h.source === 'townships'),
        );
        const riverDrawn = await page.evaluate(
          () => window.__map!.queryRenderedFeatures({ layers: ['river-line'] }).length > 0,
        );
        expect(ids.includes('river'), `${id}: river`).toBe(riverDrawn);
      }
      // The Hutuo runs through the district's north: the opening view draws it and says so.
      await scrollToChapter(page, 'lede');
      await waitForLegendOn(page, 'lede');
      expect(await legendIds(page)).toContain('river');
    });

    it('the locator box follows the map', async () => {
      const { page } = await site.open(size);
      await page.waitForSelector('.map-locator-box[width]');
      const atDistrict = await boxCentre(page);
      // Move the main map onto Wuhan: the box must land on the locator's Wuhan mark.
      const wuhan = site.story.places['420100']?.point;
      expect(wuhan).toBeDefined();
      await page.evaluate((at) => window.__map!.jumpTo({ center: at, zoom: 8 }), wuhan!);
      await page.waitForFunction((before) => {
        const box = document.querySelector('.map-locator-box');
        return Number(box?.getAttribute('y')) > before + 20;
      }, atDistrict.y);
      const atWuhan = await boxCentre(page);
      const mark = await page.$eval('.map-locator-svg circle[visibility]', (c) => ({
        x: Number(c.getAttribute('cx')),
        y: Number(c.getAttribute('cy')),
      }));
      expect(Math.abs(atWuhan.x - mark.x)).toBeLessThan(1);
      expect(Math.abs(atWuhan.y - mark.y)).toBeLessThan(1);
      expect(atWuhan.w).toBeGreaterThan(atDistrict.w);

      // A view wider than the inset (the closing chapter's) is drawn clipped to it, all four sides in view.
      await scrollToChapter(page, 'closing');
      const inside = await page.$eval('.map-locator-svg', (svg) => {
        const [, , vw, vh] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
        const box = svg.querySelector('.map-locator-box')!;
        const n = (a: string) => Number(box.getAttribute(a));
        const [x, y, w, h] = [n('x'), n('y'), n('width'), n('height')];
        return { x, y, right: x + w, bottom: y + h, vw: vw!, vh: vh!, w, h };
      });
      expect(inside.x).toBeGreaterThanOrEqual(0);
      expect(inside.y).toBeGreaterThanOrEqual(0);
      expect(inside.right).toBeLessThanOrEqual(inside.vw);
      expect(inside.bottom).toBeLessThanOrEqual(inside.vh);
      expect(inside.w * inside.h).toBeGreaterThan(0);
    });
  });
}
