import { describe, expect, it } from 'vitest';
import { pointSpanDegrees as pointSpan } from '../../src/map/camera.ts';
import type { Chapter } from '../../src/story/model.ts';
import {
  scrollToChapter,
  viewports,
  waitForMapIdle,
  watchPage,
  type ViewportName,
} from './browser.ts';
import { useStorySite } from './setup.ts';

const site = useStorySite();

/** How far (px) the map centre may sit outside a chapter's target: the camera's padding is uneven. */
const pixelTolerance = 40;

/** Feature ids the chapter must leave highlighted, derived from how each place resolved. */
function expectedHighlights(chapter: Chapter): { source: string; id: string }[] {
  return chapter.places.flatMap((code) => {
    const place = site.story.places[code];
    if (!place) throw new Error(`chapter ${chapter.id}: no place ${code}`);
    if (place.kind === 'city') return [];
    if (place.resolvedAs === 'point') return [{ source: 'places', id: code }];
    if (place.resolvedAs === 'township')
      return [{ source: 'townships', id: place.townshipCode ?? code }];
    return [{ source: 'context', id: '130110' }];
  });
}

for (const name of Object.keys(viewports) as ViewportName[]) {
  describe(`story at ${name} size`, () => {
    it('every chapter brings the map to its place, with no errors and no off-origin request', async () => {
      const context = await site.browser.newContext({
        ...viewports[name],
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const problems = watchPage(page, site.origin);
      await page.goto(site.origin + '/');
      await waitForMapIdle(page);

      const stepCount = await page.locator('.step').count();
      expect(stepCount).toBe(site.story.chapters.length);

      for (const chapter of site.story.chapters) {
        await scrollToChapter(page, chapter.id);
        const [w, s, e, n] = chapter.view.bounds;
        // Centred on the target, measured in screen pixels so it means the same at every zoom.
        const offset = await page.evaluate(
          ([bw, bs, be, bn]) => {
            const map = window.__map!;
            const c = map.project(map.getCenter());
            const a = map.project([bw, bs]);
            const b = map.project([be, bn]);
            return {
              x: Math.max(Math.min(a.x, b.x) - c.x, c.x - Math.max(a.x, b.x), 0),
              y: Math.max(Math.min(a.y, b.y) - c.y, c.y - Math.max(a.y, b.y), 0),
            };
          },
          [w, s, e, n] as const,
        );
        expect(offset.x, `${chapter.id}: centre within target (px outside)`).toBeLessThanOrEqual(
          pixelTolerance,
        );
        expect(offset.y, `${chapter.id}: centre within target (px outside)`).toBeLessThanOrEqual(
          pixelTolerance,
        );

        // The whole target is on screen, clear of the map's edges.
        const visible = await page.evaluate(() => window.__map!.getBounds().toArray().flat());
        expect(visible[0]!, `${chapter.id}: west edge visible`).toBeLessThanOrEqual(w);
        expect(visible[2]!, `${chapter.id}: east edge visible`).toBeGreaterThanOrEqual(e);
        expect(visible[1]!, `${chapter.id}: south edge visible`).toBeLessThanOrEqual(s);
        expect(visible[3]!, `${chapter.id}: north edge visible`).toBeGreaterThanOrEqual(n);

        for (const target of expectedHighlights(chapter)) {
          const state = await page.evaluate((t) => window.__map!.getFeatureState(t), target);
          expect(state['active'], `${chapter.id}: ${target.source}/${target.id} highlighted`).toBe(
            true,
          );
        }
        const current = await page
          .locator('.step[aria-current="step"]')
          .getAttribute('data-chapter');
        expect(current).toBe(chapter.id);
      }

      expect(problems.consoleErrors).toEqual([]);
      expect(problems.offOrigin).toEqual([]);
      await context.close();
    });

    it('skipping straight to the last chapter and back lands in the right state', async () => {
      const context = await site.browser.newContext({
        ...viewports[name],
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(site.origin + '/');
      await waitForMapIdle(page);
      const last = site.story.chapters[site.story.chapters.length - 1]!;
      const first = site.story.chapters[0]!;
      await scrollToChapter(page, last.id);
      expect(
        await page.evaluate(() => window.__map!.getLayoutProperty('wuhan-link-line', 'visibility')),
      ).toBe('visible');
      await scrollToChapter(page, first.id);
      expect(
        await page.evaluate(() => window.__map!.getLayoutProperty('wuhan-link-line', 'visibility')),
      ).toBe('none');
      await context.close();
    });
  });
}

describe('reloading mid-story', () => {
  it('opens on the chapter in the address, not on the first one', async () => {
    const context = await site.browser.newContext({
      ...viewports.desktop,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const target = site.story.chapters.find((c) => c.places.includes('130110105203'));
    expect(target, 'the 裴村 chapter exists').toBeDefined();
    await page.goto(`${site.origin}/#${target!.id}`);
    await waitForMapIdle(page);
    await page.waitForFunction(
      (id) => document.getElementById('map')?.dataset.chapter === id,
      target!.id,
    );
    await context.close();
  });
});

describe('reduced motion', () => {
  it('jumps: the camera is on the new target the moment the chapter changes, with no animation', async () => {
    const context = await site.browser.newContext({ ...viewports.phone, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    await waitForMapIdle(page);
    const chapter = site.story.chapters.find((c) => c.places.includes('130110105203'))!;
    await page.evaluate((id) => {
      const step = document.getElementById(id)!;
      const trigger = window.innerHeight * Number(document.body.dataset.triggerOffset);
      window.scrollTo({
        top: step.getBoundingClientRect().top + window.scrollY - trigger + 40,
        behavior: 'instant',
      });
    }, chapter.id);
    const state = await page.waitForFunction(
      (id) => {
        const map = window.__map!;
        if (document.getElementById('map')?.dataset.chapter !== id) return null;
        return { moving: map.isMoving(), zooming: map.isZooming() };
      },
      chapter.id,
      { polling: 'raf' },
    );
    const seen = (await state.jsonValue()) as { moving: boolean; zooming: boolean };
    expect(seen.moving).toBe(false);
    expect(seen.zooming).toBe(false);
    await context.close();
  });
});

describe('flying, without reduced motion', () => {
  it('animates to the next chapter and ends on its target', async () => {
    const context = await site.browser.newContext({
      ...viewports.desktop,
      reducedMotion: 'no-preference',
    });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    await waitForMapIdle(page);
    const chapter = site.story.chapters.find((c) => c.places.includes('130110202'))!;
    const moved = page.evaluate(
      () => new Promise<boolean>((resolve) => window.__map!.once('movestart', () => resolve(true))),
    );
    await scrollToChapter(page, chapter.id);
    expect(await moved).toBe(true);
    const center = await page.evaluate(() => window.__map!.getCenter().toArray());
    const [w, s, e, n] = chapter.view.bounds;
    expect(center[0]).toBeGreaterThanOrEqual(w - pointSpan);
    expect(center[0]).toBeLessThanOrEqual(e + pointSpan);
    expect(center[1]).toBeGreaterThanOrEqual(s - pointSpan);
    expect(center[1]).toBeLessThanOrEqual(n + pointSpan);
    await context.close();
  });
});

describe('text first', () => {
  it('the whole article is in the page with JavaScript off', async () => {
    const context = await site.browser.newContext({ ...viewports.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    expect(await page.locator('.step').count()).toBe(site.story.chapters.length);
    const text = await page.locator('#article').innerText();
    for (const chapter of site.story.chapters) {
      const firstParagraph = chapter.html.hant.match(/<p>([^<]{0,20})/)?.[1];
      if (firstParagraph) expect(text).toContain(firstParagraph);
    }
    expect(text).toContain('鹿泉加油!武漢挺住!');
    await context.close();
  });
});
