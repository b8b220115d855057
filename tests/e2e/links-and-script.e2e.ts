import { describe, expect, it } from 'vitest';
import { ui } from '../../src/shared/ui-strings.ts';
import { scrollToChapter, waitForMapIdle } from '../support/browser.ts';
import { switchScript, useStorySite } from './setup.ts';

const site = useStorySite();

describe('繁/簡 switch', () => {
  it('switches text, headings, map labels and lang, 繁→簡→繁, holding the reader’s place', async () => {
    const { page, problems } = await site.open('desktop');
    const chapter = site.story.chapters.find((c) => c.part)!;
    await scrollToChapter(page, chapter.id);
    const topOf = () =>
      page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, chapter.id);
    const labelField = () =>
      page.evaluate(() => window.__map!.getLayoutProperty('township-label', 'text-field'));
    const before = await topOf();

    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.textContent('h1')).toBe(site.story.title.hant);
    expect(await labelField()).toEqual(['get', 'name_hant']);

    await switchScript(page, 'hans');
    expect(await page.textContent('h1')).toBe(site.story.title.hans);
    expect(await page.locator(`#${chapter.id} .part`).textContent()).toBe(chapter.part!.hans);
    expect(await page.locator(`#${chapter.id} .chapter-body`).innerText()).not.toMatch(
      /[鄉鎮獲區]/,
    );
    expect(await labelField()).toEqual(['get', 'name_hans']);
    expect(Math.abs((await topOf()) - before)).toBeLessThanOrEqual(2);

    await switchScript(page, 'hant');
    expect(await page.textContent('h1')).toBe(site.story.title.hant);
    expect(await labelField()).toEqual(['get', 'name_hant']);
    expect(Math.abs((await topOf()) - before)).toBeLessThanOrEqual(2);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('at phone size keeps the current chapter, switched by a tap or from the keyboard', async () => {
    const { page } = await site.open('phone');
    const { chapters } = site.story;
    const picked = [chapters[0]!, chapters[Math.floor(chapters.length / 2)]!, chapters.at(-1)!];
    const state = (id: string) =>
      page.evaluate((chapterId) => {
        const step = document.getElementById(chapterId)!;
        return {
          current: document.querySelector<HTMLElement>('.step[aria-current]')?.dataset.chapter,
          top: step.getBoundingClientRect().top,
          lang: document.documentElement.lang,
        };
      }, id);
    const tap = async () => {
      const box = (await page.locator('#script-toggle').boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    };
    const keys = async () => {
      // As Tab does: focusing a control scrolls it "into view" (a tap left it focused: blur).
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.focus('#script-toggle');
      await page.keyboard.press('Enter');
    };
    for (const chapter of picked) {
      // Reading at the chapter's start, then near its end (the trigger line just above the next).
      for (const at of ['start', 'end'] as const) {
        await scrollToChapter(page, chapter.id);
        if (at === 'end')
          await page.evaluate((id) => {
            const box = document.getElementById(id)!.getBoundingClientRect();
            const trigger = window.innerHeight * Number(document.body.dataset.triggerOffset);
            window.scrollBy({ top: box.bottom - trigger - 24, behavior: 'instant' });
          }, chapter.id);
        const before = await state(chapter.id);
        expect(before.current, `${chapter.id} ${at}`).toBe(chapter.id);
        for (const press of [tap, keys]) {
          const lang = before.lang;
          await press();
          await page.waitForFunction((l) => document.documentElement.lang !== l, lang);
          const after = await state(chapter.id);
          expect(after.current, `${chapter.id} ${at}: still current`).toBe(chapter.id);
          expect(Math.abs(after.top - before.top), `${chapter.id} ${at}: held`).toBeLessThanOrEqual(
            2,
          );
          before.lang = after.lang;
        }
      }
    }
    // Nothing moved after the fact either: the map shows the last chapter picked.
    await page.waitForFunction(
      (id) => document.getElementById('map')?.dataset.chapter === id,
      picked.at(-1)!.id,
    );
  });

  it('remembers the choice across a reload', async () => {
    const { page } = await site.open('desktop');
    await switchScript(page, 'hans');
    await page.reload();
    await waitForMapIdle(page);
    // The page arrives in Traditional; the saved choice loads the Simplified words after.
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(await page.textContent('h1')).toBe(site.story.title.hans);
    expect(
      await page.evaluate(() => window.__map!.getLayoutProperty('township-label', 'text-field')),
    ).toEqual(['get', 'name_hans']);
  });
});

describe('繁/簡 switch without the other script’s words', () => {
  it('stays in Traditional and says so when the Simplified words do not load, with nothing thrown', async () => {
    const { page, problems } = await site.open('desktop');
    const requested: string[] = [];
    await page.route('**/assets/hans-*.js', (route) => {
      requested.push(route.request().url());
      return route.abort();
    });
    await page.click('#script-toggle');
    const notice = page.locator('#article .script-unavailable');
    await notice.waitFor({ state: 'visible' });
    expect(requested.length, 'the switch asked for the Simplified words').toBe(1);
    expect(await notice.textContent()).toBe(ui('scriptLoadFailed', 'hant'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.textContent('h1')).toBe(site.story.title.hant);
    expect(
      await page.evaluate(() => window.__map!.getLayoutProperty('township-label', 'text-field')),
    ).toEqual(['get', 'name_hant']);
    // Chromium logs the refused chunk itself; nothing else may reach the console.
    expect(problems.consoleErrors.filter((e) => !e.startsWith('Failed to load'))).toEqual([]);
    problems.consoleErrors.length = 0;

    // Once the words come, the switch works and the notice goes.
    await page.unroute('**/assets/hans-*.js');
    await switchScript(page, 'hans');
    expect(await page.textContent('h1')).toBe(site.story.title.hans);
    expect(await notice.count()).toBe(0);
  });

  it('a reader who never switches never downloads either script’s words', async () => {
    const { page } = await site.open('desktop');
    const words = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => /\/assets\/(hans|hant)-[^/]*\.js$/.test(url)),
    );
    expect(words).toEqual([]);
  });
});

describe('place names linked both ways', () => {
  it('hovering a place name highlights the place on the map; clicking frames it', async () => {
    const { page } = await site.open('desktop');
    const chapter = site.story.chapters.find((c) => c.places.includes('130110102204'))!; // 東營北街村, a sourced point
    await scrollToChapter(page, chapter.id);
    const link = page.locator(`#${chapter.id} a.place-link[data-place="130110102204"]`).first();
    await link.hover();
    // The feature to highlight is what the build resolved for the place.
    const point = site.story.places['130110102204']!.highlight;
    expect(point).toEqual({ source: 'places', id: '130110102204' });
    const hover = () => page.evaluate((f) => window.__map!.getFeatureState(f), point);
    expect((await hover())['hover']).toBe(true);
    await page.mouse.move(5, 5);
    expect((await hover())['hover']).toBe(false);

    // A township name: focus (keyboard) highlights its area.
    const townshipLink = page.locator('a.place-link[data-place="130110202"]').first();
    await townshipLink.focus();
    const township = site.story.places['130110202']!;
    const townshipState = await page.evaluate(
      (f) => window.__map!.getFeatureState(f),
      township.highlight,
    );
    expect(townshipState['hover']).toBe(true);

    await townshipLink.click();
    await waitForMapIdle(page);
    const centreInside = await page.evaluate(() => {
      const map = window.__map!;
      const [feature] = map.querySourceFeatures('townships', {
        filter: ['==', ['get', 'code'], '130110202'],
      });
      if (!feature) return false;
      const c = map.project(map.getCenter());
      return map
        .queryRenderedFeatures(c, { layers: ['township-fill'] })
        .some((f) => f.properties['code'] === '130110202');
    });
    expect(centreInside).toBe(true);
    expect(await page.textContent('#map-note')).toContain('上寨鄉');
    expect(await page.textContent('#map-note')).toBe(township.note.hant);
  });

  it('an approximate place says so in the text and on the map', async () => {
    const { page } = await site.open('desktop');
    const chapter = site.story.chapters.find((c) => c.places.includes('130110105203'))!; // 裴村: no sourced point
    await scrollToChapter(page, chapter.id);
    const link = page.locator(`#${chapter.id} a.place-link[data-place="130110105203"]`).first();
    expect(await link.getAttribute('data-approximate')).toBe('true');
    expect(await link.textContent()).toContain('位置約略');
    expect(await page.textContent('#map-note')).toContain('宜安鎮（裴村位置約略）');
    expect(await page.textContent('#map-note')).toBe(chapter.map.note.hant);
  });

  it('clicking a township on the map scrolls to the first chapter about it', async () => {
    const { page } = await site.open('desktop');
    // 宜安鎮: its first specific chapter is the one about 裴村.
    const expected = site.story.chapters.find((c) => c.places.includes('130110105203'))!;
    await scrollToChapter(page, site.story.chapters[0]!.id);
    const point = await page.evaluate(async () => {
      const map = window.__map!;
      const labels = map.querySourceFeatures('township-labels', {
        filter: ['==', ['get', 'code'], '130110105'],
      });
      const label = labels[0];
      if (!label || label.geometry.type !== 'Point') return null;
      const p = map.project(label.geometry.coordinates as [number, number]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    expect(point, '宜安鎮 is on screen').not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction(
      (id) => {
        const top = document.getElementById(id)!.getBoundingClientRect().top;
        return top >= -2 && top < window.innerHeight / 2;
      },
      expected.id,
      { timeout: 10_000 },
    );
  });
});

describe('places index', () => {
  it('lists every place with links to the chapters about it', async () => {
    const { page } = await site.open('phone');
    const items = page.locator('#places li[data-place]');
    expect(await items.count()).toBe(site.story.placeIndex.length);
    const peicun = page.locator('#places li[data-place="130110105203"] a[data-chapter-link]');
    const chapter = site.story.chapters.find((c) => c.places.includes('130110105203'))!;
    expect(await peicun.first().getAttribute('href')).toBe(`#${chapter.id}`);
  });
});
