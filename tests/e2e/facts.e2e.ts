import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Script } from '../../src/shared/model.ts';
import { scrollToChapter, viewports, type ViewportName } from '../support/browser.ts';
import { switchScript, useStorySite } from './setup.ts';

const site = useStorySite();
const article = readFileSync(
  path.resolve(import.meta.dirname, '../../content/original/article.txt'),
  'utf8',
);

/** The marks in the chapter bodies: element, attribute value and text. */
async function marks(page: Page, selector: 'data' | 'time') {
  return page.$$eval(`.chapter-body ${selector}`, (els) =>
    els.map((el) => ({
      value: el.getAttribute('value') ?? el.getAttribute('datetime'),
      text: el.textContent ?? '',
    })),
  );
}

/** Every fact the model marks (a number with a value, or a date), in `script`. */
function markedFacts(script: Script, kind: 'data' | 'time') {
  return site.story.chapters.flatMap((c) =>
    (c.facts ?? []).flatMap((f) => {
      if (kind === 'time' && f.kind === 'date') return [{ value: f.date, text: f.text[script] }];
      if (kind === 'data' && f.kind !== 'date' && f.value !== undefined)
        return [{ value: String(f.value), text: f.text[script] }];
      return [];
    }),
  );
}

const giftChapters = () =>
  site.story.chapters.filter((c) => site.story.gifts.some((g) => g.chapter === c.id));

const giftVisibility = (page: Page) =>
  page.evaluate(() =>
    ['gift-circle', 'gift-label'].map((id) => window.__map!.getLayoutProperty(id, 'visibility')),
  );

describe('facts in the text', () => {
  it('marks ≥25 numbers and ≥5 dates, each exactly the article’s words', async () => {
    const { page } = await site.open('desktop', { waitForMap: false });
    const data = await marks(page, 'data');
    const times = await marks(page, 'time');
    expect(data.length).toBeGreaterThanOrEqual(25);
    expect(times.length).toBeGreaterThanOrEqual(5);
    for (const mark of [...data, ...times]) {
      expect(article, `'${mark.text}' is in the article`).toContain(mark.text);
    }
    expect(data).toEqual(markedFacts('hant', 'data'));
    expect(times).toEqual(markedFacts('hant', 'time'));
    // The byline's own date is machine-readable too.
    expect(await page.getAttribute('#story-byline time', 'datetime')).toBe(
      site.story.publication.date,
    );
  });
});

for (const size of Object.keys(viewports) as ViewportName[]) {
  describe(`gifts layer at ${size} size`, () => {
    it('shows in exactly the chapters that tell of gifts', { timeout: 240_000 }, async () => {
      const { page } = await site.open(size);
      const withGifts = new Set(giftChapters().map((c) => c.id));
      expect(withGifts.size).toBeGreaterThanOrEqual(3);
      // The chapters that switch the layer on are exactly those with gift points.
      const switchedOn = site.story.chapters.filter((c) => c.map.layers.includes('gifts'));
      expect(new Set(switchedOn.map((c) => c.id))).toEqual(withGifts);
      // Each gift chapter and its neighbours (the layer must go off again).
      const toVisit = new Set<number>();
      for (const c of giftChapters())
        for (const i of [c.index - 1, c.index, c.index + 1]) toVisit.add(i);
      for (const index of [...toVisit].sort((a, b) => a - b)) {
        const chapter = site.story.chapters[index];
        if (!chapter) continue;
        await scrollToChapter(page, chapter.id);
        const expected = withGifts.has(chapter.id) ? 'visible' : 'none';
        expect(await giftVisibility(page), chapter.id).toEqual([expected, expected]);
        if (expected === 'visible') {
          const drawn = await page.evaluate(
            () => window.__map!.queryRenderedFeatures({ layers: ['gift-circle'] }).length,
          );
          expect(drawn, `${chapter.id}: its gift symbols are drawn`).toBeGreaterThan(0);
        }
      }
    });
  });
}

/** Tap (phone) or click (desktop) the gift symbol of `id` where the map draws it. */
async function clickGift(page: Page, id: string, size: ViewportName): Promise<void> {
  const gift = site.story.gifts.find((g) => g.id === id)!;
  const at = await page.evaluate((lngLat) => {
    const p = window.__map!.project(lngLat);
    const box = window.__map!.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, gift.at);
  if (size === 'phone') await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await page.locator('.gift-popup').waitFor();
}

/** Drag a finger from (x, y) by `dy` px, as the browser's own touch input (it scrolls). */
async function touchDrag(page: Page, x: number, y: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: y + (dy * i) / 10 }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Where the open popup is: inside the map and the screen, framed, its middle not covered. */
const popupPlacement = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('.gift-popup-frame')!;
    const content = frame.querySelector<HTMLElement>('.maplibregl-popup-content')!;
    const box = content.getBoundingClientRect();
    const map = document.getElementById('map')!.getBoundingClientRect();
    // Its middle and its corners (where the map's controls, legend and locator sit).
    const inset = 12;
    const uncovered = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ].every(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return Boolean(hit && content.contains(hit));
    });
    return {
      insideMap:
        box.left >= map.left - 1 &&
        box.right <= map.right + 1 &&
        box.top >= map.top - 1 &&
        box.bottom <= map.bottom + 1,
      onScreen: box.top >= 0 && box.left >= 0 && box.right <= window.innerWidth,
      framed: getComputedStyle(content).backgroundColor !== 'rgba(0, 0, 0, 0)',
      uncovered,
    };
  });

describe('gift popup', () => {
  it.each(Object.keys(viewports) as ViewportName[])(
    '%s: clicking a gift symbol lists its gifts and chapter, in the reader’s script',
    async (size) => {
      const { page } = await site.open(size);
      const gift = site.story.gifts.find((g) => g.items.length > 1)!;
      await scrollToChapter(page, gift.chapter);
      await clickGift(page, gift.id, size);
      const items = await page.locator('.gift-popup li').allTextContents();
      expect(items).toEqual(gift.items.map((i) => i.hant));
      expect(await popupPlacement(page), 'the popup is whole, framed and on top').toEqual({
        insideMap: true,
        onScreen: true,
        framed: true,
        uncovered: true,
      });
      // Opening it leaves the reader where they were (the chapter, and so the popup, stay).
      expect(await page.getAttribute('#map', 'data-chapter')).toBe(gift.chapter);
      await expect.poll(() => page.locator('.gift-popup').count()).toBe(1);
      const link = page.locator('.gift-popup a[data-chapter-link]');
      expect(await link.getAttribute('href')).toBe(`#${gift.chapter}`);
      expect(await link.textContent()).toContain(String(gift.chapterNumber));

      await switchScript(page, 'hans');
      expect(await page.locator('.gift-popup').count(), 'a stale popup closes').toBe(0);
      // Another chapter's gift: a second tap on the same symbol this soon is a double tap
      // (MapLibre zooms in), not a second click.
      const other = site.story.gifts.find((g) => g.items.length > 1 && g.chapter !== gift.chapter)!;
      await scrollToChapter(page, other.chapter);
      await clickGift(page, other.id, size);
      expect(await page.locator('.gift-popup li').allTextContents()).toEqual(
        other.items.map((i) => i.hans),
      );
      expect(await popupPlacement(page), 'this one too').toEqual({
        insideMap: true,
        onScreen: true,
        framed: true,
        uncovered: true,
      });
      if (size === 'phone') {
        // A long list scrolls inside the popup under a finger; the page stays where it is.
        const list = (await page.locator('.gift-popup').boundingBox())!; // what shows of it
        const scrolled = () =>
          page.evaluate(() => [document.querySelector('.gift-popup')!.scrollTop, window.scrollY]);
        const [listBefore, pageBefore] = await scrolled();
        await touchDrag(page, list.x + 40, list.y + list.height / 2, -40);
        await expect.poll(async () => (await scrolled())[0]).toBeGreaterThan(listBefore!);
        expect((await scrolled())[1]).toBe(pageBefore);
      }
      expect(
        await page.evaluate(() => window.__map!.getLayoutProperty('gift-label', 'text-field')),
      ).toEqual(['get', 'name_hans']);
    },
  );
});

describe('timeline', () => {
  const visibleStops = (page: Page) =>
    page.$$eval('.timeline', (navs) =>
      navs
        .filter((n) => !n.closest('[hidden]'))
        .flatMap((n) =>
          [...n.querySelectorAll('li')].map((li) => ({
            chapters: (li as HTMLElement).dataset.chapters ?? '',
            current: li.classList.contains('is-current'),
            text: li.textContent ?? '',
          })),
        ),
    );

  it('lists the dates in order of time and highlights the current chapter’s', async () => {
    const { page } = await site.open('phone');
    const dates = site.story.chapters.flatMap((c) =>
      (c.facts ?? []).flatMap((f) => (f.kind === 'date' ? [f.date] : [])),
    );
    const stops = await visibleStops(page);
    expect(stops.map((s) => s.text.match(/\d{4}(-\d\d){0,2}/)?.[0])).toEqual(
      [...new Set(dates)].sort(),
    );
    // The strip fits the phone's width.
    const overflow = await page.$eval(
      '.timeline:not([hidden] .timeline)',
      (el) => el.getBoundingClientRect().right - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    const dated = site.story.chapters.filter((c) => c.facts?.some((f) => f.kind === 'date'));
    for (const chapter of [dated[0]!, dated[dated.length - 1]!]) {
      await scrollToChapter(page, chapter.id);
      const current = (await visibleStops(page)).filter((s) => s.current);
      const own = new Set(chapter.facts!.flatMap((f) => (f.kind === 'date' ? [f.date] : [])));
      expect(current.length, chapter.id).toBe(own.size);
      for (const stop of current) expect(stop.chapters.split(' ')).toContain(chapter.id);
    }
    const undated = site.story.chapters.find((c) => !c.facts?.some((f) => f.kind === 'date'))!;
    await scrollToChapter(page, undated.id);
    expect((await visibleStops(page)).filter((s) => s.current)).toEqual([]);
  });
});

describe('繁/簡 switch carries the facts', () => {
  it('marks, notes, timeline, table and byline date follow the script', async () => {
    const { page } = await site.open('desktop', { waitForMap: false });
    const visibleText = (selector: string) =>
      page.$$eval(selector, (els) =>
        els.filter((el) => !el.closest('[hidden]')).map((el) => el.textContent ?? ''),
      );
    expect(await visibleText('.facts-table caption')).toEqual(['本文的數字、物資與日期']);
    await switchScript(page, 'hans');
    expect(await marks(page, 'data')).toEqual(markedFacts('hans', 'data'));
    expect(await marks(page, 'time')).toEqual(markedFacts('hans', 'time'));
    // The notes after the marks are in Simplified (units such as 個 → 个).
    const notes = await page.$$eval('.chapter-body data + .visually-hidden', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(notes.join('')).not.toMatch(/[個臺]/);
    expect(await visibleText('.facts-table caption')).toEqual(['本文的数字、物资与日期']);
    const rows = await visibleText('.facts-table tbody th');
    expect(rows.length).toBe(site.story.chapters.flatMap((c) => c.facts ?? []).length);
    expect(rows.join('')).not.toMatch(/[萬個體藥劑與]/);
    expect(await visibleText('.timeline-label')).toEqual(['时间线']);
    expect(await visibleText('.timeline-lunar')).not.toContain('除夕夜');
    expect(await page.getAttribute('#story-byline time', 'datetime')).toBe(
      site.story.publication.date,
    );
  });
});
