import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/shared/model.ts';
import {
  launchBrowser,
  scrollChapterToTrigger,
  scrollToChapter,
  viewports,
  waitForMapIdle,
  type ViewportName,
} from '../support/browser.ts';
import { livePadding } from '../../src/shared/framing.ts';
import { obstaclesOver } from '../support/target-cover.ts';
import { switchScript, useStorySite } from './setup.ts';

const site = useStorySite();

/** How far (px) the map centre may sit outside a chapter's target: the camera's padding is uneven. */
const pixelTolerance = 40;

/** Assert the map shows `chapter`: centred on its target, all of it in view, its places highlighted. */
async function expectMapOn(page: Page, chapter: Chapter): Promise<void> {
  const [w, s, e, n] = chapter.map.camera.bounds;
  // Centred on the target, measured in screen pixels so it means the same at every zoom.
  const size = await page.evaluate(() => {
    const c = window.__map!.getContainer();
    return { w: c.clientWidth, h: c.clientHeight };
  });
  // The middle of the area the camera frames into: the padding keeps the overlays' strip free.
  const pad = livePadding(size.w, size.h);
  const shift = { x: (pad.left - pad.right) / 2, y: (pad.top - pad.bottom) / 2 };
  const offset = await page.evaluate(
    ([bw, bs, be, bn, dx, dy]) => {
      const map = window.__map!;
      const centre = map.project(map.getCenter());
      const c = { x: centre.x + dx, y: centre.y + dy };
      const a = map.project([bw, bs]);
      const b = map.project([be, bn]);
      return {
        x: Math.max(Math.min(a.x, b.x) - c.x, c.x - Math.max(a.x, b.x), 0),
        y: Math.max(Math.min(a.y, b.y) - c.y, c.y - Math.max(a.y, b.y), 0),
      };
    },
    [w, s, e, n, shift.x, shift.y] as const,
  );
  expect(offset.x, `${chapter.id}: centre within target (px outside)`).toBeLessThanOrEqual(
    pixelTolerance,
  );
  expect(offset.y, `${chapter.id}: centre within target (px outside)`).toBeLessThanOrEqual(
    pixelTolerance,
  );

  const visible = await page.evaluate(() => window.__map!.getBounds().toArray().flat());
  expect(visible[0]!, `${chapter.id}: west edge visible`).toBeLessThanOrEqual(w);
  expect(visible[2]!, `${chapter.id}: east edge visible`).toBeGreaterThanOrEqual(e);
  expect(visible[1]!, `${chapter.id}: south edge visible`).toBeLessThanOrEqual(s);
  expect(visible[3]!, `${chapter.id}: north edge visible`).toBeGreaterThanOrEqual(n);
  // Nothing on the map (locator, legend, controls) hides any of the target.
  expect(await obstaclesOver(page, [w, s, e, n]), `${chapter.id}: target uncovered`).toEqual([]);

  // What the build resolved for the chapter, read from the model: the test recomputes nothing.
  expect(chapter.map.highlights.length + chapter.map.cities.length).toBeGreaterThan(0);
  for (const target of chapter.map.highlights) {
    const state = await page.evaluate((t) => window.__map!.getFeatureState(t), target);
    expect(state['active'], `${chapter.id}: ${target.source}/${target.id} highlighted`).toBe(true);
  }
  const current = await page.locator('.step[aria-current="step"]').getAttribute('data-chapter');
  expect(current, 'the marked chapter is the one the map shows').toBe(chapter.id);
  const script = (await page.getAttribute('html', 'lang')) === 'zh-Hans' ? 'hans' : 'hant';
  const note = await page.textContent('#map-note');
  expect(note, `${chapter.id}: the note says what the map shows`).toBe(chapter.map.note[script]);
}

for (const name of Object.keys(viewports) as ViewportName[]) {
  describe(`story at ${name} size`, () => {
    it(
      'every chapter brings the map to its place, with no errors and no off-origin request',
      { timeout: 300_000 },
      async () => {
        const { page, problems } = await site.open(name);
        expect(await page.locator('.step').count()).toBe(site.story.chapters.length);
        for (const chapter of site.story.chapters) {
          await scrollToChapter(page, chapter.id);
          await expectMapOn(page, chapter);
        }
        expect(problems.consoleErrors).toEqual([]);
        expect(problems.offOrigin).toEqual([]);
      },
    );

    it('skipping straight to the last chapter and back lands in the right state', async () => {
      const { page } = await site.open(name);
      const last = site.story.chapters[site.story.chapters.length - 1]!;
      const first = site.story.chapters[0]!;
      const linkVisibility = () =>
        page.evaluate(() => window.__map!.getLayoutProperty('wuhan-link-line', 'visibility'));
      await scrollToChapter(page, last.id);
      expect(await linkVisibility()).toBe('visible');
      await expectMapOn(page, last);
      await scrollToChapter(page, first.id);
      expect(await linkVisibility()).toBe('none');
      await expectMapOn(page, first);
    });
  });
}

describe('reloading mid-story', () => {
  it('opens on the chapter in the address, not on the first one', async () => {
    const target = site.story.chapters.find((c) => c.places.includes('130110105203'));
    expect(target, 'the 裴村 chapter exists').toBeDefined();
    const { page } = await site.open('desktop', { path: `/#${target!.id}` });
    await page.waitForFunction(
      (id) => document.getElementById('map')?.dataset.chapter === id,
      target!.id,
    );
    await waitForMapIdle(page);
    await expectMapOn(page, target!);
  });
});

describe('reduced motion', () => {
  it('jumps: the camera is on the new target the moment the chapter changes, with no animation', async () => {
    const { page } = await site.open('phone');
    const chapter = site.story.chapters.find((c) => c.places.includes('130110105203'))!;
    await scrollChapterToTrigger(page, chapter.id);
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
  });
});

describe('flying, without reduced motion', () => {
  it('animates to the next chapter and ends on its target', async () => {
    const { page } = await site.open('desktop', { reducedMotion: 'no-preference' });
    const chapter = site.story.chapters.find((c) => c.places.includes('130110202'))!;
    const moved = page.evaluate(
      () => new Promise<boolean>((resolve) => window.__map!.once('movestart', () => resolve(true))),
    );
    await scrollToChapter(page, chapter.id);
    expect(await moved).toBe(true);
    await expectMapOn(page, chapter);
  });

  it('a chapter reached during a flight wins: fast scrolling ends on the last chapter', async () => {
    const { page } = await site.open('desktop', { reducedMotion: 'no-preference' });
    const chapters = site.story.chapters;
    const path = [chapters[5]!, chapters[12]!, chapters[8]!];
    for (const chapter of path) {
      // Listen before scrolling: resolves on the first frame of the flight to this chapter.
      // Waiting for that flight (not for any motion, which the previous flight still makes)
      // also means the chapter has been made current before the test moves on.
      const underWay = page.evaluate(
        (id) =>
          new Promise<void>((resolve) => {
            const map = window.__map!;
            const onMove = () => {
              if (map.getContainer().dataset.chapter !== id) return;
              map.off('move', onMove);
              resolve();
            };
            map.on('move', onMove);
          }),
        chapter.id,
      );
      await scrollChapterToTrigger(page, chapter.id);
      // Move on while this flight is still in the air.
      await underWay;
    }
    await waitForMapIdle(page);
    await expectMapOn(page, path[path.length - 1]!);
  });
});

describe('text first', () => {
  it('the whole article is in the page with JavaScript off', async () => {
    const { page } = await site.open('phone', { javaScriptEnabled: false, waitForMap: false });
    expect(await page.locator('.step').count()).toBe(site.story.chapters.length);
    // The article's words as a reader sees them (screen-reader-only asides left out).
    const text = await page.evaluate(() => {
      const copy = document.getElementById('article')!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
      return copy.textContent ?? '';
    });
    for (const chapter of site.story.chapters) {
      const firstParagraph = /<p>(.*?)<\/p>/.exec(chapter.html.hant)?.[1] ?? '';
      // The paragraph's visible words: tags and the screen-reader-only asides removed.
      const opening = firstParagraph
        .replace(/<span class="visually-hidden">.*?<\/span>/g, '')
        .replace(/<[^>]+>/g, '')
        .slice(0, 20);
      expect(opening, `${chapter.id} opens with text`).toBeTruthy();
      expect(text).toContain(opening);
    }
    expect(text).toContain('鹿泉加油!武漢挺住!');
  });

  it('without WebGL the article reads on its own: links go to the places index, the switch works', async () => {
    const noWebGl = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
    try {
      const { page, problems } = await site.open('desktop', {
        browser: noWebGl,
        waitForMap: false,
      });
      await page.waitForFunction(() => document.body.classList.contains('no-map'));
      expect(await page.locator('.map-pane').isVisible()).toBe(false);
      const link = page.locator('a.place-link[data-place="130110202"]').first();
      await link.click();
      expect(new URL(page.url()).hash).toBe('#place-130110202');
      await switchScript(page, 'hans');
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.offOrigin).toEqual([]);
    } finally {
      await noWebGl.close();
    }
  });
});
