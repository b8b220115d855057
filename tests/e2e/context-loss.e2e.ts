import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/shared/model.ts';
import { ui } from '../../src/shared/ui-strings.ts';
import { scrollChapterToTrigger, scrollToChapter } from '../support/browser.ts';
import { useStorySite } from './setup.ts';

const site = useStorySite();

/**
 * Lose or restore the map's WebGL context the way a browser under memory pressure does.
 * A lost context gives out no extensions, so the one that lost it is kept to restore it.
 */
async function setContextLost(page: Page, lost: boolean): Promise<void> {
  await page.evaluate((lose) => {
    const holder = window as { __loseContext?: WEBGL_lose_context | null };
    if (lose) {
      holder.__loseContext = window.__map!.painter.context.gl.getExtension('WEBGL_lose_context');
      if (!holder.__loseContext) throw new Error('no WEBGL_lose_context');
      holder.__loseContext.loseContext();
    } else {
      holder.__loseContext!.restoreContext();
    }
  }, lost);
}

/** The chapter's highlighted features as the live map has them, and where its centre sits (px outside the target). */
async function mapView(page: Page, chapter: Chapter) {
  return page.evaluate(
    ({ highlights, bounds: [w, s, e, n] }) => {
      const map = window.__map!;
      const c = map.project(map.getCenter());
      const a = map.project([w, s]);
      const b = map.project([e, n]);
      return {
        active: highlights.map((h) => map.getFeatureState(h)['active'] === true),
        outside: Math.max(
          Math.min(a.x, b.x) - c.x,
          c.x - Math.max(a.x, b.x),
          Math.min(a.y, b.y) - c.y,
          c.y - Math.max(a.y, b.y),
          0,
        ),
      };
    },
    { highlights: chapter.map.highlights, bounds: chapter.map.camera.bounds },
  );
}

describe('a lost WebGL context', () => {
  it('never throws: the text and note go on, and the restored map shows the current chapter', async () => {
    const { page, problems } = await site.open('desktop');
    const chapter = (id: string) => site.story.chapters.find((c) => c.id === id)!;
    const before = chapter('shangzhai-orders');
    const after = chapter('nanyuan-community');
    await scrollToChapter(page, before.id);

    await setContextLost(page, true);
    await page.waitForFunction(() => !window.__map!.style);
    await scrollChapterToTrigger(page, after.id);
    await page.waitForFunction(
      (id) => document.querySelector('.step[aria-current="step"]')?.id === id,
      after.id,
    );
    await page.locator(`#${after.id} a.place-link`).first().hover();
    // The pointer crosses the paused map (MapLibre's layer listeners) and leaves the link.
    const pane = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2, { steps: 4 });

    // While lost: the map pane follows the text and says the map is paused.
    expect(await page.getAttribute('#map', 'data-chapter')).toBe(after.id);
    const note = await page.textContent('#map-note');
    expect(note).toContain(after.map.note.hant);
    expect(note).toContain(ui('mapPaused', 'hant'));
    expect(problems.consoleErrors).toEqual([]);

    await setContextLost(page, false);
    // Restored: the current chapter, highlighted and framed, and the note without the pause.
    await page.waitForFunction(
      (c) => {
        const map = window.__map!;
        return (
          map.isStyleLoaded() &&
          !map.isMoving() &&
          c.highlights.every((h) => map.getFeatureState(h)['active'] === true)
        );
      },
      after.map,
      { timeout: 30_000 },
    );
    const view = await mapView(page, after);
    expect(view.active.every(Boolean), 'its places are highlighted').toBe(true);
    expect(view.outside, 'centred on its target (px outside)').toBeLessThanOrEqual(40);
    expect(await page.textContent('#map-note')).toBe(after.map.note.hant);

    // Hover works again on the new context.
    const link = page.locator(`#${after.id} a.place-link`).first();
    const code = await link.getAttribute('data-place');
    const hovered = site.story.places[code!]?.highlight;
    await link.hover();
    if (hovered) {
      await page.waitForFunction(
        (h) => window.__map!.getFeatureState(h)['hover'] === true,
        hovered,
      );
    }
    expect(problems.consoleErrors).toEqual([]);
  });
});
