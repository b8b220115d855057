import { describe, expect, it } from 'vitest';
import { useStorySite } from './setup.ts';

const site = useStorySite();

describe('the note under the map at phone size', () => {
  it('shows every chapter’s and every place’s note whole, in both scripts, without scrolling', async () => {
    const { page } = await site.open('phone');
    const notes = [
      ...site.story.chapters.map((c) => c.map.note),
      ...Object.values(site.story.places).map((p) => p.note),
    ].flatMap((note) => [note.hant, note.hans]);
    // Each note as the page writes it (main.ts), in the bar's own box.
    const cut = await page.evaluate((texts) => {
      const note = document.getElementById('map-note')!;
      const shown = note.textContent;
      const overflowing = texts.filter((text) => {
        note.textContent = text;
        return note.scrollHeight > note.clientHeight + 1;
      });
      note.textContent = shown;
      return overflowing;
    }, notes);
    expect(cut).toEqual([]);
  });
});

describe('the map’s attribution control at phone size', () => {
  it('is one finger-sized disc: the button is where its white disc is drawn', async () => {
    const { page } = await site.open('phone');
    const [disc, button] = await page.evaluate(() =>
      ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-attrib-button'].map((selector) => {
        const { x, y, width, height } = document.querySelector(selector)!.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
    expect(button!.width).toBeGreaterThanOrEqual(44);
    expect(button!.height).toBeGreaterThanOrEqual(44);
    for (const side of ['x', 'y', 'width', 'height'] as const) {
      expect(Math.abs(disc![side] - button![side]), side).toBeLessThanOrEqual(2);
    }
  });
});
