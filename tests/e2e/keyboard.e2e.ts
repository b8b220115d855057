import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scrollToChapter, type ViewportName } from '../support/browser.ts';
import { useStorySite } from './setup.ts';

const site = useStorySite();

/** What the test sees of the focused element. */
interface FocusStop {
  /** Whether the focused element is the first element matching the selector (or the nth). */
  isExpected: boolean;
  describe: string;
  /** A focus indicator is drawn: an outline or a box shadow. */
  ring: boolean;
  /** Its box lies inside the viewport and nothing covers its centre. */
  onScreen: boolean;
  uncovered: boolean;
}

async function focused(page: Page, selector: string, nth = 0): Promise<FocusStop> {
  return page.evaluate(
    ([sel, index]) => {
      const el = document.activeElement as HTMLElement | null;
      const expected = document.querySelectorAll(sel)[index];
      if (!el || el === document.body)
        return {
          isExpected: false,
          describe: 'nothing',
          ring: false,
          onScreen: false,
          uncovered: false,
        };
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const onScreen =
        box.width > 0 &&
        box.height > 0 &&
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth &&
        box.bottom <= window.innerHeight;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        isExpected: el === expected,
        describe: `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 12)}" ${el.getAttribute('aria-label') ?? ''}`,
        ring,
        onScreen,
        uncovered: hit !== null && (hit === el || el.contains(hit)),
      };
    },
    [selector, nth] as const,
  );
}

/** Press Tab (or Shift+Tab) and expect focus on `selector`, visibly. */
async function tabTo(page: Page, selector: string, nth = 0, key = 'Tab'): Promise<void> {
  await page.keyboard.press(key);
  const stop = await focused(page, selector, nth);
  const label = `${selector}[${nth}] (focused: ${stop.describe})`;
  expect(stop.isExpected, `${label}: focus lands here`).toBe(true);
  expect(stop.ring, `${label}: a focus ring is drawn`).toBe(true);
  expect(stop.onScreen, `${label}: inside the viewport`).toBe(true);
  expect(stop.uncovered, `${label}: not covered`).toBe(true);
}

/** The timeline strip's links in the script shown (it heads the article). */
const timelineLink = '.script-copy:not([hidden]) .timeline a';
/** Tab stops in the text: place links, and the facts whose note says more than their words. */
const textStop = '#article .chapter-body :is(a.place-link, .fact[tabindex="0"])';

/** Index among the text stops of the first place link. */
const firstPlaceLinkStop = (page: Page) =>
  page.$$eval(textStop, (els) => els.findIndex((el) => el.matches('a.place-link')));

for (const size of ['desktop', 'phone'] as ViewportName[]) {
  describe(`keyboard only, ${size}`, () => {
    it('Tab walks skip link → map → map controls → legend → script switch → contents → timeline → place links, each with a visible ring', async () => {
      const { page } = await site.open(size);
      await tabTo(page, '.skip-link');

      await tabTo(page, 'canvas.maplibregl-canvas');
      // The canvas's text alternative is the note under the map.
      const description = await page.evaluate(() => {
        const id = document.activeElement?.getAttribute('aria-describedby');
        return id ? document.getElementById(id)?.textContent : null;
      });
      expect(description, 'the map canvas is described by the map note').toBeTruthy();

      await tabTo(page, '.maplibregl-ctrl-attrib-button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('.maplibregl-ctrl-attrib')?.hasAttribute('open'),
      );

      // Touch screens pinch to zoom, so phones have no zoom buttons (story.css).
      if (size === 'desktop') {
        await tabTo(page, '.maplibregl-ctrl-zoom-in');
        const zoom = await page.evaluate(() => window.__map!.getZoom());
        await page.keyboard.press('Enter');
        await page.waitForFunction((z) => window.__map!.getZoom() > z, zoom);
        await tabTo(page, '.maplibregl-ctrl-zoom-out');
      }

      // The legend folds behind its title (src/app/map/legend.ts): a <summary>, one stop.
      await tabTo(page, '.map-legend summary');
      await tabTo(page, '#script-toggle');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('script-toggle');
      // The contents button sits right after the switch (src/app/page/contents.ts).
      await tabTo(page, '#contents-toggle');

      // The timeline's dates first, then the text's stops in reading order.
      const stops = await page.locator(timelineLink).count();
      expect(stops).toBeGreaterThan(0);
      for (let i = 0; i < stops; i++) await tabTo(page, timelineLink, i);
      const firstLink = await firstPlaceLinkStop(page);
      for (let i = 0; i <= firstLink + 1; i++) await tabTo(page, textStop, i);
      await tabTo(page, textStop, firstLink, 'Shift+Tab');
      // Enter on a place link frames it on the map and says so to screen readers.
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => (document.getElementById('map-announcer')?.textContent ?? '') !== '',
      );
      await tabTo(page, textStop, firstLink + 1);
    });

    it('the skip link takes focus to the article; the next Tab is its timeline, then its text', async () => {
      const { page } = await site.open(size, { waitForMap: false });
      await tabTo(page, '.skip-link');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('article');
      await tabTo(page, timelineLink, 0);
      const stops = await page.locator(timelineLink).count();
      for (let i = 1; i < stops; i++) await tabTo(page, timelineLink, i);
      await tabTo(page, textStop, 0);
    });

    it('focusing a control in the map strip mid-story moves the text nowhere', async () => {
      const { page } = await site.open(size);
      const chapter = site.story.chapters[12]!;
      await scrollToChapter(page, chapter.id);
      const where = () =>
        page.evaluate(() => ({
          y: window.scrollY,
          current: document.querySelector<HTMLElement>('.step[aria-current]')?.dataset.chapter,
        }));
      const before = await where();
      for (const control of [
        '.maplibregl-ctrl-attrib-button',
        '.map-legend summary',
        '#script-toggle',
        '#contents-toggle',
      ]) {
        await page.focus(control); // what Tab does to it
        expect(await where(), control).toEqual(before);
      }
    });
  });
}
