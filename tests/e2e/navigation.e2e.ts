import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BBox, Chapter } from '../../src/shared/model.ts';
import {
  launchBrowser,
  scrollToChapter,
  viewports,
  waitForMapIdle,
  type ViewportName,
} from '../support/browser.ts';
import { useStorySite } from './setup.ts';

const site = useStorySite();
const chapter = (index: number): Chapter => site.story.chapters[index]!;
const indexOf = (id: string): number => site.story.chapters.findIndex((c) => c.id === id);

/** The chapter the page marks as current (with or without a map). */
const currentStep = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLElement>('.step[aria-current]')?.dataset.chapter);

/** Wait until the page (and its map, when there is one) shows chapter `id`. */
async function waitForChapter(page: Page, id: string, withMap = true): Promise<void> {
  await page.waitForFunction(
    ([chapterId, map]) =>
      document.querySelector<HTMLElement>('.step[aria-current]')?.dataset.chapter === chapterId &&
      (!map || document.getElementById('map')?.dataset.chapter === chapterId),
    [id, withMap] as const,
  );
  if (withMap) await waitForMapIdle(page);
}

/** Whether the map's centre lies on the target (within 40px: the camera's padding is uneven). */
async function cameraOn(page: Page, bounds: BBox): Promise<boolean> {
  return page.evaluate(([w, s, e, n]) => {
    const map = window.__map!;
    const c = map.project(map.getCenter());
    const a = map.project([w, s]);
    const b = map.project([e, n]);
    const dx = Math.max(Math.min(a.x, b.x) - c.x, c.x - Math.max(a.x, b.x), 0);
    const dy = Math.max(Math.min(a.y, b.y) - c.y, c.y - Math.max(a.y, b.y), 0);
    return dx <= 40 && dy <= 40;
  }, bounds);
}

/** Where the map looks now. */
const cameraNow = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map!;
    return { center: map.getCenter().toArray(), zoom: map.getZoom() };
  });

/** Wait until the map looks where it did (`camera`, from cameraNow) again. */
async function waitForCamera(
  page: Page,
  camera: Awaited<ReturnType<typeof cameraNow>>,
): Promise<void> {
  await page.waitForFunction(
    ({ center: [lng, lat], zoom }) => {
      const map = window.__map!;
      const c = map.getCenter();
      return (
        !map.isMoving() &&
        Math.abs(c.lng - lng) < 1e-4 &&
        Math.abs(c.lat - lat) < 1e-4 &&
        Math.abs(map.getZoom() - zoom) < 1e-3
      );
    },
    camera,
    { timeout: 10_000 },
  );
}

/**
 * Press a button in the bar under the map as a finger or mouse does. Playwright's click
 * first scrolls its target "into view", which on a phone (scroll-padding under the sticky map
 * strip) scrolls the page: something no reader's tap does.
 */
const press = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el as HTMLElement).click());

/** What is at a point of the screen: in the article text, the map, the contents panel? */
const hitAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const hit = document.elementFromPoint(px, py);
      return {
        article: Boolean(hit?.closest('#article')),
        map: Boolean(hit?.closest('#map')),
        panel: Boolean(hit?.closest('#contents-panel')),
      };
    },
    [x, y] as const,
  );

for (const size of Object.keys(viewports) as ViewportName[]) {
  describe(`navigation at ${size} size`, () => {
    it('the address follows the current chapter without adding history', async () => {
      const { page } = await site.open(size);
      const entries = await page.evaluate(() => history.length);
      for (const index of [3, 7, 6]) {
        await scrollToChapter(page, chapter(index).id);
        await page.waitForFunction((id) => location.hash === `#${id}`, chapter(index).id);
      }
      expect(await page.evaluate(() => history.length)).toBe(entries);
    });

    it('Back after a contents jump returns to the chapter and its map state', async () => {
      const { page } = await site.open(size);
      const from = chapter(4);
      const to = chapter(15);
      await scrollToChapter(page, from.id);
      const entries = await page.evaluate(() => history.length);

      await press(page, '#contents-toggle');
      expect(await page.isVisible('#contents-panel')).toBe(true);
      expect(await page.getAttribute('#contents-toggle', 'aria-expanded')).toBe('true');
      const focusInPanel = await page.evaluate(() =>
        Boolean(document.activeElement?.closest('#contents-panel')),
      );
      expect(focusInPanel, 'focus moves into the panel').toBe(true);
      expect(await page.getAttribute(`#contents a[aria-current]`, 'data-chapter-link')).toBe(
        from.id,
      );
      await page.click(`#contents a[data-chapter-link="${to.id}"]`);
      await waitForChapter(page, to.id);
      expect(await page.isVisible('#contents-panel')).toBe(false);
      expect(new URL(page.url()).hash).toBe(`#${to.id}`);
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      expect(await cameraOn(page, to.map.camera.bounds)).toBe(true);

      await page.goBack();
      await waitForChapter(page, from.id);
      expect(new URL(page.url()).hash).toBe(`#${from.id}`);
      expect(await cameraOn(page, from.map.camera.bounds), 'the map is back on its target').toBe(
        true,
      );
    });

    it('a place’s chapter link in the index adds one entry too, and Back returns', async () => {
      const { page } = await site.open(size);
      // The reader jumps down to the index (past every step at once: no step crosses the
      // trigger line on the way): the last chapter is the current one there.
      const from = site.story.chapters[site.story.chapters.length - 1]!;
      const link = page.locator('#place-130110104218 a[data-chapter-link]').first();
      await link.scrollIntoViewIfNeeded();
      await waitForChapter(page, from.id);
      await page.waitForFunction((id) => location.hash === `#${id}`, from.id);
      const scrolled = await page.evaluate(() => window.scrollY);
      const camera = await cameraNow(page);
      const entries = await page.evaluate(() => history.length);

      const to = (await link.getAttribute('data-chapter-link'))!;
      expect(to).not.toBe(from.id);
      await link.click();
      await waitForChapter(page, to);
      expect(new URL(page.url()).hash).toBe(`#${to}`);
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      expect(await cameraOn(page, chapter(indexOf(to)).map.camera.bounds)).toBe(true);

      await page.goBack();
      await waitForChapter(page, from.id);
      expect(new URL(page.url()).hash).toBe(`#${from.id}`);
      expect(await page.evaluate(() => window.scrollY), 'back at the index').toBe(scrolled);
      await waitForCamera(page, camera); // the map as it was
    });

    it('j and k move exactly one chapter; not with a modifier, not in a text field', async () => {
      const { page } = await site.open(size);
      await scrollToChapter(page, chapter(5).id);
      await page.keyboard.press('j');
      await waitForChapter(page, chapter(6).id);
      await page.keyboard.press('k');
      await page.keyboard.press('k');
      await waitForChapter(page, chapter(4).id);

      // Held modifiers and Shift+J do nothing: one plain j afterwards lands one chapter on.
      for (const key of ['Control+j', 'Alt+j', 'Meta+j', 'Shift+J']) await page.keyboard.press(key);
      await page.evaluate(() => {
        const field = document.createElement('input');
        field.id = 'test-field';
        field.setAttribute('aria-label', 'test');
        // Fixed, so focusing it scrolls nothing.
        field.style.position = 'fixed';
        field.style.top = '50%';
        field.style.left = '0';
        document.body.append(field);
      });
      await page.focus('#test-field');
      await page.keyboard.type('jjk');
      expect(await page.inputValue('#test-field')).toBe('jjk');
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.keyboard.press('j');
      await waitForChapter(page, chapter(5).id);
      expect(await currentStep(page)).toBe(chapter(5).id);
      expect(new URL(page.url()).hash).toBe(`#${chapter(5).id}`);
      // The chapter's start sits on the trigger line, where reading starts.
      const offset = await page.evaluate((id) => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        return top - window.innerHeight * Number(document.body.dataset.triggerOffset);
      }, chapter(5).id);
      expect(Math.abs(offset)).toBeLessThanOrEqual(4);
    });

    it('the contents panel opens and closes, covers no map target and leaves the text free', async () => {
      const { page } = await site.open(size);
      await scrollToChapter(page, chapter(8).id);
      const { width, height } = viewports[size].viewport;
      const mapBox = (await page.locator('#map').boundingBox())!;
      const mapCentre = [mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2] as const;
      // A point in the text column, below the map strip on a phone.
      const textPoint =
        size === 'phone' ? ([width / 2, height * 0.8] as const) : ([300, 500] as const);
      expect((await hitAt(page, ...textPoint)).article).toBe(true);

      await press(page, '#contents-toggle');
      expect((await hitAt(page, ...textPoint)).panel, 'the panel lies over the text').toBe(true);
      expect((await hitAt(page, ...mapCentre)).map, 'the map stays uncovered').toBe(true);
      expect(await page.isVisible('#contents .contents-keys'), 'the keys are listed').toBe(true);

      await page.keyboard.press('Escape');
      expect(await page.isVisible('#contents-panel')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contents-toggle');
      expect((await hitAt(page, ...textPoint)).article, 'the text is free again').toBe(true);

      await press(page, '#contents-toggle');
      await press(page, '.contents-close');
      expect(await page.isVisible('#contents-panel')).toBe(false);
      expect((await hitAt(page, ...textPoint)).article).toBe(true);
      expect(await currentStep(page), 'opening and closing moved nothing').toBe(chapter(8).id);
    });

    it('the switch to Simplified carries the contents, the keys and the places index', async () => {
      const { page } = await site.open(size);
      await scrollToChapter(page, chapter(10).id);
      await press(page, '#script-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
      expect(await page.textContent('#contents-toggle')).toBe('目录');
      expect(await page.textContent('#contents-heading')).toBe('目录');
      expect(await page.textContent('#contents .contents-keys')).toContain('下一段');
      const part = site.story.chapters.find((c) => c.part)!.part!;
      expect(await page.textContent('#contents')).toContain(part.hans);
      expect(await page.getAttribute('#contents a[aria-current]', 'data-chapter-link')).toBe(
        chapter(10).id,
      );
      expect(await page.getAttribute('.contents-close', 'aria-label')).toBe('关闭目录');
      expect(await page.textContent('#places')).toContain('界线为推估');
      expect(await page.textContent('#places')).toContain('位置约略');
    });
  });
}

/**
 * Wait until chapter `id` is current (page and map), then check its start is where reading
 * starts: on screen, below the map strip on a phone, at or above the trigger line.
 */
async function landsOn(page: Page, id: string): Promise<void> {
  await waitForChapter(page, id);
  const { top, strip, trigger } = await page.evaluate((chapterId) => {
    const pane = document.querySelector('.map-pane')!.getBoundingClientRect();
    return {
      top: document.getElementById(chapterId)!.getBoundingClientRect().top,
      strip: pane.width >= window.innerWidth - 1 ? pane.bottom : 0,
      trigger: window.innerHeight * Number(document.body.dataset.triggerOffset),
    };
  }, id);
  expect(top, `${id} starts below the map strip`).toBeGreaterThanOrEqual(strip - 1);
  expect(top, `${id} starts at or above the trigger line`).toBeLessThanOrEqual(trigger);
}

/** Where a township's label sits on the screen, or null when it is off the map. */
const townshipOnScreen = (page: Page, code: string) =>
  page.evaluate((townshipCode) => {
    const map = window.__map!;
    const [label] = map.querySourceFeatures('township-labels', {
      filter: ['==', ['get', 'code'], townshipCode],
    });
    if (!label || label.geometry.type !== 'Point') return null;
    const p = map.project(label.geometry.coordinates as [number, number]);
    const box = map.getContainer().getBoundingClientRect();
    if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) return null;
    return { x: box.left + p.x, y: box.top + p.y };
  }, code);

for (const size of Object.keys(viewports) as ViewportName[]) {
  describe(`every way to a chapter lands with it current at ${size} size`, () => {
    it('clicking a township on the map', async () => {
      const { page } = await site.open(size);
      // 宜安鎮: its first specific chapter is the one about 裴村.
      const expected = site.story.chapters.find((c) => c.places.includes('130110105203'))!;
      await scrollToChapter(page, chapter(0).id);
      const point = await townshipOnScreen(page, '130110105');
      expect(point, '宜安鎮 is on the map').not.toBeNull();
      const entries = await page.evaluate(() => history.length);
      // A tap on a phone, a click on a desktop.
      if (size === 'phone') await page.touchscreen.tap(point!.x, point!.y);
      else await page.mouse.click(point!.x, point!.y);
      await landsOn(page, expected.id);
      expect(new URL(page.url()).hash).toBe(`#${expected.id}`);
      expect(await page.evaluate(() => history.length), 'one entry, like a link').toBe(entries + 1);
      await page.goBack();
      await waitForChapter(page, chapter(0).id);
    });

    it('a plain #chapter link and a hash typed into the address bar', async () => {
      const { page } = await site.open(size);
      const targets = [chapter(2), chapter(9), chapter(site.story.chapters.length - 1)];
      for (const target of targets) {
        // A link the page itself did not make (no data-chapter-link): the browser's own jump.
        await page.evaluate((id) => {
          const link = document.createElement('a');
          link.href = `#${id}`;
          link.textContent = id;
          document.getElementById('story-byline')!.append(link);
          link.click();
          link.remove();
        }, target.id);
        await landsOn(page, target.id);
      }
      await page.evaluate((id) => (window.location.hash = id), chapter(5).id);
      await landsOn(page, chapter(5).id);
    });

    it('the contents and the places index', async () => {
      const { page } = await site.open(size);
      for (const target of [chapter(1), chapter(11), chapter(17)]) {
        await press(page, '#contents-toggle');
        await page.click(`#contents a[data-chapter-link="${target.id}"]`);
        await landsOn(page, target.id);
      }
      const link = page.locator('#place-130110105203 a[data-chapter-link]').first();
      await link.scrollIntoViewIfNeeded();
      const to = (await link.getAttribute('data-chapter-link'))!;
      await link.click();
      await landsOn(page, to);
    });
  });
}

describe('the contents and the places index without JavaScript', () => {
  it('the contents is in the HTML: every chapter a plain link, under its part and sub-heading', async () => {
    const { page } = await site.open('phone', { javaScriptEnabled: false, waitForMap: false });
    expect(await page.isVisible('nav#contents')).toBe(true);
    const hrefs = await page.$$eval('nav#contents a', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(hrefs).toEqual(site.story.chapters.map((c) => `#${c.id}`));
    const text = await page.textContent('nav#contents');
    for (const c of site.story.chapters) {
      if (c.part) expect(text).toContain(c.part.hant);
      if (c.subhead) expect(text).toContain(c.subhead.hant.replace(/[:—]+$/u, ''));
    }
    // A plain link works: it goes to the chapter, its start at the top of the screen (without
    // JavaScript there is no map strip: the text takes the page).
    await page.click(`nav#contents a[href="#${chapter(12).id}"]`);
    expect(new URL(page.url()).hash).toBe(`#${chapter(12).id}`);
    const { top, pane } = await page.evaluate(
      (id) => ({
        top: document.getElementById(id)!.getBoundingClientRect().top,
        pane: document.querySelector('.map-pane')!.getBoundingClientRect().height,
      }),
      chapter(12).id,
    );
    expect(pane, 'no map strip without JavaScript').toBe(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(24);
  });

  it('the places index names chapters by their heading or opening words and tags approximation honestly', async () => {
    const { page } = await site.open('desktop', { javaScriptEnabled: false, waitForMap: false });
    const rows = await page.$$eval('#places li[data-place]', (items) =>
      items.map((li) => ({
        code: (li as HTMLElement).dataset.place!,
        approx: li.querySelector('.approx-badge') !== null,
        estimate: li.querySelector('.estimate-badge') !== null,
        links: [...li.querySelectorAll<HTMLAnchorElement>('a[data-chapter-link]')].map((a) => ({
          id: a.dataset.chapterLink!,
          name: (a.textContent ?? '').replace(/…$/u, ''),
          chapterText: (() => {
            // The chapter's words as a reader sees them (screen-reader asides left out).
            const copy = document
              .getElementById(a.dataset.chapterLink!)!
              .cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
            return copy.textContent ?? '';
          })(),
        })),
      })),
    );
    expect(rows.map((r) => r.code)).toEqual(site.story.placeIndex.map((e) => e.code));
    for (const row of rows) {
      const place = site.story.places[row.code]!;
      expect(
        row.links.map((l) => l.id),
        row.code,
      ).toEqual(site.story.placeIndex.find((e) => e.code === row.code)!.chapters);
      for (const link of row.links) {
        expect(link.name, `${row.code} → ${link.id}`).not.toMatch(/^段落\s*\d+$/u);
        expect(link.name.length).toBeGreaterThan(1);
        // Its name is the chapter's own words: a heading or its opening.
        expect(link.chapterText.replace(/\s+/gu, ''), `${link.id}`).toContain(
          link.name.replace(/\s+/gu, ''),
        );
      }
      // 位置約略 only where a stand-in area shows the place; a derived township says so instead.
      expect(row.approx, `${row.code} approximate`).toBe(Boolean(place.standIn));
      if (place.resolvedAs === 'point') expect(row.estimate || row.approx, row.code).toBe(false);
    }
    const township = rows.find((r) => r.code === '130110202')!;
    expect([township.approx, township.estimate]).toEqual([false, true]);
    const village = rows.find((r) => r.code === '130110104218')!;
    expect([village.approx, village.estimate]).toEqual([true, false]);
  });
});

describe('navigation without WebGL', () => {
  it('the address, the contents and j / k work on the text alone', async () => {
    const noWebGl = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
    try {
      const { page } = await site.open('desktop', { browser: noWebGl, waitForMap: false });
      await page.waitForFunction(() => document.body.classList.contains('no-map'));
      await page.keyboard.press('j');
      await waitForChapter(page, chapter(1).id, false);
      await page.waitForFunction((id) => location.hash === `#${id}`, chapter(1).id);
      await press(page, '#contents-toggle');
      await page.click(`#contents a[data-chapter-link="${chapter(9).id}"]`);
      await waitForChapter(page, chapter(9).id, false);
      await page.goBack();
      await waitForChapter(page, chapter(1).id, false);
    } finally {
      await noWebGl.close();
    }
  });
});
