/**
 * Preview of print.css with the chapter figures, before the build wires them: serves dist/
 * (run `npm run build` first), adds static-map.css, print.css and a `.chapter-map` figure
 * per chapter to the page as the build would, then prints to PDF and screenshots the page
 * in print media. Writes tmp/static-map-print/{print.pdf,print.png}; prints the page count.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadStory } from '../src/build/load-story.ts';
import { figureSize, staticMapsFor } from '../src/build/render/static-maps.ts';
import { describeMapState } from '../src/map/describe.ts';
import { mapStateFor } from '../src/map/map-state.ts';
import { GEO_FILE_NAMES, type GeoLayers } from '../src/shared/geo-schema.ts';
import { launchBrowser, viewports, waitForMapIdle } from '../tests/e2e/browser.ts';
import { startPreview } from '../tests/e2e/server.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'tmp/static-map-print');
const { story } = await loadStory(root);
if (!story) throw new Error('content has problems: run npm run check');
const read = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(root, 'geo', name), 'utf8'));
const geo = {
  townships: await read(GEO_FILE_NAMES.townships),
  places: await read(GEO_FILE_NAMES.places),
  context: await read(GEO_FILE_NAMES.context),
} as GeoLayers;
const maps = staticMapsFor(story, geo, mapStateFor, { script: 'hant', size: figureSize });
const figures = story.chapters.map((chapter) => ({
  id: chapter.id,
  src: `data:image/svg+xml;base64,${Buffer.from(maps[chapter.id]!).toString('base64')}`,
  caption: describeMapState(mapStateFor(chapter, story), 'hant', story.townshipCount),
}));
const css = [
  await readFile(path.join(root, 'src/app/styles/static-map.css'), 'utf8'),
  await readFile(path.join(root, 'src/app/styles/print.css'), 'utf8'),
].join('\n');

const { server, origin } = await startPreview();
const browser = await launchBrowser();
await mkdir(out, { recursive: true });
try {
  const page = await browser.newPage(viewports.desktop);
  await page.goto(origin + '/');
  await waitForMapIdle(page);
  await page.evaluate(
    ({ css, figures }) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      for (const f of figures) {
        const inner = document.querySelector(`#${f.id} .step-inner`);
        const figure = document.createElement('figure');
        figure.className = 'chapter-map';
        const img = document.createElement('img');
        img.src = f.src;
        img.alt = '';
        const caption = document.createElement('figcaption');
        caption.textContent = f.caption;
        figure.append(img, caption);
        inner?.append(figure);
      }
    },
    { css, figures },
  );
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await writeFile(path.join(out, 'print.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: path.join(out, 'print.png'), fullPage: true });
  for (const [name, y] of [
    ['top', 0],
    ['middle', 5000],
  ] as const) {
    const clip = { x: 0, y, width: 794, height: 1600 };
    await page.screenshot({ path: path.join(out, `print-${name}.png`), fullPage: true, clip });
  }
  const layout = await page.evaluate(() => ({
    mapPane: getComputedStyle(document.querySelector('.map-pane')!).display,
    toggle: getComputedStyle(document.getElementById('script-toggle')!).display,
    stepMinHeight: getComputedStyle(document.querySelector('.step')!).minHeight,
    figures: [...document.querySelectorAll('.chapter-map img')].filter(
      (i) => (i as HTMLImageElement).naturalWidth > 0 && i.getBoundingClientRect().width > 0,
    ).length,
  }));
  console.log(`PDF: ${pages} A4 pages, ${pdf.length} bytes; print media:`, layout);
} finally {
  await browser.close();
  await server.close();
}
