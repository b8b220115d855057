/**
 * Checks that the pane picture (static SVG + static-map.css) sits exactly where the live
 * map opens: serves dist/ (run `npm run build` first), opens the page at desktop and phone
 * size, waits for the map, then inlines the opening chapter's picture in #map as the build
 * would and compares the screen position of known points in both. Prints the offsets (px)
 * and writes screenshots of both to tmp/static-map-align/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadStory } from '../src/build/load-story.ts';
import { renderStaticMap } from '../src/build/render/static-map.ts';
import { staticFrame } from '../src/build/render/static-map-frame.ts';
import { mapStateFor } from '../src/map/map-state.ts';
import { GEO_FILE_NAMES, type GeoLayers } from '../src/shared/geo-schema.ts';
import {
  launchBrowser,
  viewports,
  waitForMapIdle,
  type ViewportName,
} from '../tests/e2e/browser.ts';
import { startPreview } from '../tests/e2e/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tmp/static-map-align');
const { story } = await loadStory(root);
if (!story) throw new Error('content has problems: run npm run check');
const read = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(root, 'geo', name), 'utf8'));
const geo = {
  townships: await read(GEO_FILE_NAMES.townships),
  places: await read(GEO_FILE_NAMES.places),
  context: await read(GEO_FILE_NAMES.context),
} as GeoLayers;
const css = await readFile(path.join(root, 'src/app/styles/static-map.css'), 'utf8');

const chapter = story.chapters[Number(process.env.CHAPTER ?? 0)]!;
const view = mapStateFor(chapter, story);
const size = { width: 577, height: 750 };
const narrowSize = { width: 390, height: 306 };
const svg = renderStaticMap({
  geo,
  view,
  script: 'hant',
  size,
  narrowSize,
  townshipCount: story.townshipCount,
  mode: 'pane',
});
const frame = staticFrame(view.bounds, view.maxZoom, size);

// Known points: the district seat, two township label points, the corners of the frame.
const seat = geo.places.features.find((f) => f.properties.kind === 'district-seat')!;
const label = (code: string) =>
  geo.townships.features.find((f) => f.properties.code === code)!.properties.label!;
const points: { name: string; lngLat: [number, number] }[] = [
  { name: 'district seat', lngLat: seat.geometry.coordinates as [number, number] },
  { name: '獲鹿鎮 label point', lngLat: label('130110100') },
  { name: '上寨鄉 label point', lngLat: label('130110202') },
  { name: 'frame NW corner', lngLat: [frame.box[0], frame.box[3]] },
  { name: 'frame SE corner', lngLat: [frame.box[2], frame.box[1]] },
];
// Township labels are centred on their label point: compare each drawn label's centre too.
const labelPoints = Object.fromEntries(
  geo.townships.features.flatMap((f) =>
    f.properties.label ? [[f.properties.name_hant, f.properties.label]] : [],
  ),
);
const projected = points.map((p) => frame.projection(p.lngLat)!);

const { server, origin } = await startPreview();
const browser = await launchBrowser();
await mkdir(out, { recursive: true });
try {
  for (const name of ['desktop', 'phone'] as ViewportName[]) {
    const context = await browser.newContext({ ...viewports[name], reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await waitForMapIdle(page);
    await page.waitForFunction(
      (id) => document.getElementById('map')?.dataset.chapter === id,
      chapter.id,
    );
    await waitForMapIdle(page);
    await page.screenshot({ path: path.join(out, `${name}-live.png`) });
    const result = await page.evaluate(
      ({ svg, css, points, projected, labelPoints }) => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        const map = document.getElementById('map')!;
        const figure = document.createElement('div');
        figure.className = 'static-map';
        figure.innerHTML = svg;
        // On top of the canvas, only for the comparison: the page puts it under.
        figure.style.zIndex = '5';
        map.append(figure);
        const rect = map.getBoundingClientRect();
        const nested = figure.querySelector('svg svg') as SVGSVGElement;
        const ctm = nested.getScreenCTM()!;
        const live = window.__map!;
        const labels = [...figure.querySelectorAll('text')]
          .filter((t) => t.getBoundingClientRect().width > 0 && labelPoints[t.textContent ?? ''])
          .map((t) => {
            const box = t.getBoundingClientRect();
            const a = live.project(labelPoints[t.textContent ?? '']!);
            return {
              name: t.textContent ?? '',
              dx: box.left + box.width / 2 - (rect.left + a.x),
              dy: box.top + box.height / 2 - (rect.top + a.y),
            };
          });
        return {
          phoneLayout: matchMedia('(max-width: 768px)').matches,
          wideShown: [...figure.querySelectorAll('.sm-wide, .sm-narrow')]
            .map((g) => g.getAttribute('class') + ':' + getComputedStyle(g).display)
            .join(' '),
          labels,
          container: [rect.width, rect.height],
          zoom: live.getZoom(),
          rows: points.map((p, i) => {
            const a = live.project(p.lngLat);
            const [ux, uy] = projected[i]!;
            const b = new DOMPoint(ux, uy).matrixTransform(ctm);
            return {
              name: p.name,
              live: [rect.left + a.x, rect.top + a.y],
              svg: [b.x, b.y],
              dx: b.x - (rect.left + a.x),
              dy: b.y - (rect.top + a.y),
            };
          }),
        };
      },
      { svg, css, points, projected, labelPoints },
    );
    await page.screenshot({ path: path.join(out, `${name}-picture.png`) });
    console.log(
      `${name}: #map ${result.container.map((v) => v.toFixed(1)).join('×')}, live zoom ${result.zoom.toFixed(3)}, phone layout ${result.phoneLayout}, label sets ${result.wideShown}`,
    );
    for (const r of result.rows) {
      console.log(
        `  ${r.name.padEnd(20)} live ${r.live.map((v) => v.toFixed(1)).join(',')}  svg ${r.svg.map((v) => v.toFixed(1)).join(',')}  Δ ${r.dx.toFixed(2)}, ${r.dy.toFixed(2)} px`,
      );
    }
    const worst = result.labels.reduce((m, l) => Math.max(m, Math.hypot(l.dx, l.dy)), 0);
    console.log(
      `  ${result.labels.length} township labels drawn; text centre vs label point, worst ${worst.toFixed(2)} px`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
