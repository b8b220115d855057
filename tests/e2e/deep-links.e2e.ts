import { describe, expect, it } from 'vitest';
import type { ViewportName } from '../support/browser.ts';
import { useStorySite } from './setup.ts';

/*
 * A link from elsewhere into the sections after the article (the places index) lands on its
 * target and stays there while the page and its map load. A first layout that skipped those
 * sections (estimated heights, laid out later) moved the target by thousands of pixels.
 */
const site = useStorySite();
const sizes: ViewportName[] = ['desktop', 'phone'];
const tolerancePx = 2;

describe('a link into the places index from elsewhere', () => {
  for (const size of sizes) {
    it(`lands on the place and stays there (${size})`, async () => {
      const target = '#place-130110105203';
      // site.open waits for the map to come to rest.
      const { page } = await site.open(size, { path: `/${target}` });
      await page.waitForTimeout(300);
      const landed = await page.evaluate((selector) => {
        const el = document.querySelector(selector)!;
        const before = el.getBoundingClientRect().top;
        el.scrollIntoView({ block: 'start', behavior: 'instant' });
        return { before, expected: el.getBoundingClientRect().top, scrollY: window.scrollY };
      }, target);
      expect(landed.scrollY).toBeGreaterThan(0);
      expect(Math.abs(landed.before - landed.expected)).toBeLessThanOrEqual(tolerancePx);
    });
  }
});
