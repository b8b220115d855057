import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { framingOf, staticFrame } from '../../src/build/render/static-map-frame.ts';
import { paneSizes } from '../../src/build/render/static-maps.ts';
import { GEO_FILE_NAMES, type GeoLayers } from '../../src/shared/geo-schema.ts';
import { ui } from '../../src/shared/ui-strings.ts';
import { launchBrowser, waitForMapIdle, type ViewportName } from '../support/browser.ts';
import { switchScript, useStorySite } from './setup.ts';

/*
 * The build-time static maps in the page: the opening picture in the map pane (painted
 * before any script, replaced in place by the live map), the figures after each chapter
 * in print and for readers without the live map.
 */
const site = useStorySite();
const root = path.resolve(import.meta.dirname, '../..');
const readGeo = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(root, 'geo', name), 'utf8'));
const geo = {
  townships: readGeo(GEO_FILE_NAMES.townships),
  places: readGeo(GEO_FILE_NAMES.places),
  context: readGeo(GEO_FILE_NAMES.context),
} as GeoLayers;
const sizes: ViewportName[] = ['desktop', 'phone'];
const tolerancePx = 2;

/** How many pixels of a PNG have the map's accent red (the district outline), decoded by the browser. */
async function accentPixels(page: Page, png: Buffer): Promise<{ accent: number; colours: number }> {
  const viewer = await page.context().browser()!.newPage();
  try {
    return await viewer.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const { data: px } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      let accent = 0;
      for (let i = 0; i < px.length; i += 4) {
        const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        // theme.accent #b3261e, with some antialiasing latitude.
        if (Math.abs(r - 0xb3) < 24 && g < 0x50 && b < 0x50) accent += 1;
      }
      return { accent, colours: colours.size };
    }, png.toString('base64'));
  } finally {
    await viewer.close();
  }
}

describe('the map picture at first paint', () => {
  for (const size of sizes) {
    it(`is in the HTML and painted in the pane before any script runs (${size})`, async () => {
      const { page } = await site.open(size, { waitForMap: false });
      // The page's scripts are held unanswered: what is painted now is the HTML and CSS alone.
      await page.route('**/*.js', () => undefined);
      await page.reload({ waitUntil: 'commit' });
      const picture = page.locator('#map > [data-map-picture] > svg');
      await picture.waitFor();
      expect(await page.evaluate(() => window.__map)).toBeUndefined();
      expect(await picture.count()).toBe(1);
      expect(await picture.getAttribute('data-chapter')).toBe(site.story.chapters[0]!.id);
      const box = (await page.locator('#map').boundingBox())!;
      expect(box.width * box.height).toBeGreaterThan(0);
      const painted = await accentPixels(page, await page.screenshot({ clip: box }));
      expect(painted.accent, 'the district outline is drawn').toBeGreaterThan(200);
      expect(painted.colours, 'a map, not a blank pane').toBeGreaterThan(20);
    });

    it(`sits where the live map opens and goes once the map has drawn (${size})`, async () => {
      const chapter = site.story.chapters[0]!;
      const frame = staticFrame(framingOf(chapter.map.camera, paneSizes.size), paneSizes.size);
      const seat = geo.places.features.find((f) => f.properties.kind === 'district-seat')!;
      const lngLats = [
        seat.geometry.coordinates as [number, number],
        ...geo.townships.features.flatMap((f) => (f.properties.label ? [f.properties.label] : [])),
        [frame.box[0], frame.box[3]] as [number, number],
        [frame.box[2], frame.box[1]] as [number, number],
      ];
      const projected = lngLats.map((p) => frame.projection(p)!);
      const html = await (await fetch(site.origin + '/')).text();
      const pictureHtml = /<div class="static-map" data-map-picture>.*?<\/svg><\/div>/s.exec(
        html,
      )![0];

      const { page } = await site.open(size);
      await page.waitForFunction(
        (id) => document.getElementById('map')?.dataset.chapter === id,
        chapter.id,
      );
      // Handed over: once the live map has drawn (its first idle), the picture goes.
      await page.waitForFunction(() => !document.querySelector('[data-map-picture]'));
      expect(await page.locator('[data-map-picture]').count()).toBe(0);
      // Put the page's own picture back (under the canvas, as it was) and compare positions.
      const offsets = await page.evaluate(
        ({ pictureHtml, lngLats, projected }) => {
          const map = document.getElementById('map')!;
          const holder = document.createElement('div');
          holder.innerHTML = pictureHtml;
          map.prepend(holder.firstElementChild!);
          const rect = map.getBoundingClientRect();
          const ctm = map
            .querySelector<SVGSVGElement>('[data-map-picture] svg svg')!
            .getScreenCTM()!;
          return lngLats.map((lngLat, i) => {
            const live = window.__map!.project(lngLat);
            const [x, y] = projected[i]!;
            const drawn = new DOMPoint(x, y).matrixTransform(ctm);
            return Math.hypot(drawn.x - rect.left - live.x, drawn.y - rect.top - live.y);
          });
        },
        { pictureHtml, lngLats, projected },
      );
      expect(offsets.length).toBeGreaterThan(10);
      for (const offset of offsets) expect(offset).toBeLessThan(tolerancePx);
    });
  }

  for (const size of sizes) {
    it(`leaves the text where it is when the live map arrives (${size})`, async () => {
      const { page } = await site.open(size, { waitForMap: false });
      // Away first, so no request of that first load can reach the route below.
      await page.goto('about:blank');
      // The map's code is held until the text has been measured: the page as a reader has it
      // before the map, then after.
      let held: (route: Route) => void = () => undefined;
      const asked = new Promise<Route>((resolve) => (held = resolve));
      await page.route(/\/story-map-[^/]*\.js$/, (route) => held(route));
      await page.goto(`${site.origin}/`);
      const route = await asked; // the page has painted and asks for the map
      const textAt = () =>
        page.evaluate(() => ({
          scrollY: window.scrollY,
          title: document.getElementById('story-title')!.getBoundingClientRect().bottom,
          text: document.querySelector('.step')!.getBoundingClientRect().top,
        }));
      const before = await textAt();
      await route.continue();
      await waitForMapIdle(page);
      expect(await textAt()).toEqual(before);
    });
  }

  it('does not show the opening map while another chapter is current (a #chapter load)', async () => {
    const chapter = site.story.chapters[5]!;
    const { page } = await site.open('desktop', { path: `/#${chapter.id}`, waitForMap: false });
    await page.waitForFunction(() => document.querySelector('.step[aria-current="step"]'));
    const shown = await page.evaluate(() => {
      const picture = document.querySelector<HTMLElement>('[data-map-picture]');
      return picture !== null && getComputedStyle(picture).display !== 'none';
    });
    expect(shown).toBe(false);
    await waitForMapIdle(page);
  });
});

/** Scroll each figure into view and wait until its image has loaded. */
async function expectFiguresLoaded(page: Page): Promise<number> {
  const figures = page.locator('.step figure.chapter-map');
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const img = figures.nth(i).locator('img');
    await img.scrollIntoViewIfNeeded();
    await img.evaluate((el: HTMLImageElement) =>
      el.complete && el.naturalWidth > 0 ? undefined : el.decode(),
    );
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    expect(await figures.nth(i).isVisible()).toBe(true);
  }
  return count;
}

describe('print', () => {
  it('gives a clean article with a static map after each chapter', async () => {
    const { page } = await site.open('desktop');
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const display = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).display);
      return {
        pane: display('.map-pane'),
        toggle: display('#script-toggle'),
        controls: [...document.querySelectorAll('.maplibregl-ctrl, button')].filter((el) =>
          el.checkVisibility(),
        ).length,
        minHeights: [...document.querySelectorAll('.step')].map(
          (s) => getComputedStyle(s).minHeight,
        ),
        visible: [
          '#story-title',
          '.step .part',
          '.step .subhead',
          '.step figcaption',
          '#credits',
        ].map(
          (s) => [s, (document.querySelector(s) as HTMLElement | null)?.offsetHeight ?? 0] as const,
        ),
        // Each chapter's last element is its map figure.
        lastIsMap: [...document.querySelectorAll('.step-inner')].every(
          (inner) => inner.lastElementChild?.matches('figure.chapter-map') ?? false,
        ),
      };
    });
    expect(layout.pane.every((d) => d === 'none')).toBe(true);
    expect(layout.toggle).toEqual(['none']);
    expect(layout.controls, 'no control or button is printed').toBe(0);
    expect(new Set(layout.minHeights)).toEqual(new Set(['0px']));
    for (const [selector, height] of layout.visible) expect(height, selector).toBeGreaterThan(0);
    expect(layout.lastIsMap).toBe(true);
    // Printing makes the lazy figures load at once: every image is there without scrolling.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.chapter-map img')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    expect(await page.locator('.chapter-map img').count()).toBe(site.story.chapters.length);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`print: ${pages} A4 pages, ${pdf.length} bytes`);
    expect(pages).toBeGreaterThan(3);
  });
});

describe('without the live map', () => {
  it('without JavaScript, the text takes the page and each chapter’s map follows its text', async () => {
    const { page } = await site.open('desktop', { javaScriptEnabled: false, waitForMap: false });
    expect(await page.locator('.map-pane').isVisible()).toBe(false);
    const notice = page.locator('#article .map-fallback');
    expect(await notice.textContent()).toBe(ui('mapNeedsScript', 'hant'));
    expect(await notice.isVisible()).toBe(true);
    // One column: the article is centred on the page, not beside a map pane.
    const article = (await page.locator('#article').boundingBox())!;
    const width = page.viewportSize()!.width;
    expect(Math.abs(article.x + article.width / 2 - width / 2)).toBeLessThan(20);
    expect(await expectFiguresLoaded(page)).toBe(site.story.chapters.length);
  });

  it('shows each chapter’s static map in the text, in the reader’s script', async () => {
    const noWebGl = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
    try {
      const { page } = await site.open('phone', { browser: noWebGl, waitForMap: false });
      await page.waitForFunction(() => document.body.classList.contains('no-map'));
      expect(await expectFiguresLoaded(page)).toBe(site.story.chapters.length);
      await switchScript(page, 'hans');
      const chapter = site.story.chapters[3]!;
      const figure = page.locator(`[data-chapter-map="${chapter.id}"]`);
      expect(await figure.locator('img').getAttribute('src')).toMatch(/\.hans\.svg$/);
      expect(await figure.locator('figcaption').textContent()).toBe(chapter.map.note.hans);
      await figure.locator('img').evaluate((el: HTMLImageElement) => el.decode());
    } finally {
      await noWebGl.close();
    }
  });

  it('keeps the figures hidden on screen while the live map works', async () => {
    const { page } = await site.open('desktop');
    const visible = await page
      .locator('figure.chapter-map')
      .evaluateAll((figures) => figures.filter((f) => getComputedStyle(f).display !== 'none'));
    expect(visible).toHaveLength(0);
  });
});
