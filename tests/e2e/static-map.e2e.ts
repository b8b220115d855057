import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderStaticMap } from '../../src/build/render/static-map.ts';
import { staticFrame } from '../../src/build/render/static-map-frame.ts';
import { mapStateFor } from '../../src/map/map-state.ts';
import { GEO_FILE_NAMES, type GeoLayers } from '../../src/shared/geo-schema.ts';
import type { ViewportName } from './browser.ts';
import { useStorySite } from './setup.ts';

/*
 * The pane picture sits where the live map opens: the same points on screen within 2 px,
 * at desktop and phone size. Until the build inlines the picture, the test puts it in #map
 * itself, with static-map.css, as the build will.
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
const css = readFileSync(path.join(root, 'src/app/styles/static-map.css'), 'utf8');
const tolerancePx = 2;

describe('static pane picture', () => {
  for (const size of ['desktop', 'phone'] as ViewportName[]) {
    it(`matches the live map's opening view on ${size}`, async () => {
      const chapter = site.story.chapters[0]!;
      const view = mapStateFor(chapter, site.story);
      const wide = { width: 577, height: 750 };
      const svg = renderStaticMap({
        geo,
        view,
        script: 'hant',
        size: wide,
        narrowSize: { width: 390, height: 306 },
        townshipCount: site.story.townshipCount,
        mode: 'pane',
      });
      const frame = staticFrame(view.bounds, view.maxZoom, wide);
      const seat = geo.places.features.find((f) => f.properties.kind === 'district-seat')!;
      const lngLats = [
        seat.geometry.coordinates as [number, number],
        ...geo.townships.features.flatMap((f) => (f.properties.label ? [f.properties.label] : [])),
        [frame.box[0], frame.box[3]] as [number, number],
        [frame.box[2], frame.box[1]] as [number, number],
      ];
      const projected = lngLats.map((p) => frame.projection(p)!);

      const { page } = await site.open(size);
      await page.waitForFunction(
        (id) => document.getElementById('map')?.dataset.chapter === id,
        chapter.id,
      );
      const offsets = await page.evaluate(
        ({ svg, css, lngLats, projected }) => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
          const map = document.getElementById('map')!;
          const picture = document.createElement('div');
          picture.className = 'static-map';
          picture.innerHTML = svg;
          map.prepend(picture);
          const rect = map.getBoundingClientRect();
          const ctm = picture.querySelector<SVGSVGElement>('svg svg')!.getScreenCTM()!;
          return lngLats.map((lngLat, i) => {
            const live = window.__map!.project(lngLat);
            const [x, y] = projected[i]!;
            const drawn = new DOMPoint(x, y).matrixTransform(ctm);
            return Math.hypot(drawn.x - rect.left - live.x, drawn.y - rect.top - live.y);
          });
        },
        { svg, css, lngLats, projected },
      );
      expect(offsets.length).toBeGreaterThan(10);
      for (const offset of offsets) expect(offset).toBeLessThan(tolerancePx);
    });
  }
});
