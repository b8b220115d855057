/**
 * The HTML of the build-time static maps in the page: the opening picture in the map pane
 * and a figure per chapter (print, readers without the live map). The SVG files themselves
 * are written by the Vite plugin (src/build/node/static-maps-plugin.ts).
 */
import { escapeHtml } from '../../shared/html.ts';
import type { Chapter, Script } from '../../shared/model.ts';

/** Where a chapter's figure is served, under the site's base: `maps/<id>.<script>.svg`. */
export function figurePath(chapterId: string, script: Script): string {
  return `maps/${chapterId}.${script}.svg`;
}

/** The natural size an SVG's outer width/height attributes give it (0 when absent). */
export function svgSize(svg: string): { width: number; height: number } {
  const outer = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(outer)?.[1] ?? 0);
  return { width: read('width'), height: read('height') };
}

/** The opening chapter's picture, inlined in #map so the pane is painted before any script runs. */
export function mapPictureHtml(svg: string): string {
  return `<div class="static-map" data-map-picture>${svg}</div>`;
}

/**
 * A chapter's small map as a figure after its text, captioned with the chapter's map note.
 * Lazy: hidden on screen while the live map works, so a reader with the map fetches none.
 */
export function chapterFigureHtml(
  chapter: Chapter,
  script: Script,
  base: string,
  size: { width: number; height: number },
): string {
  return (
    `<figure class="chapter-map" data-chapter-map="${escapeHtml(chapter.id)}">` +
    `<img src="${escapeHtml(base + figurePath(chapter.id, script))}" loading="lazy" decoding="async"` +
    ` width="${Math.round(size.width)}" height="${Math.round(size.height)}" alt="">` +
    `<figcaption>${escapeHtml(chapter.map.note[script])}</figcaption></figure>`
  );
}

/**
 * The page with the static maps in place: the picture inside `<div id="map" class="map">`,
 * each chapter's figure at the end of its `.step-inner` (after `.chapter-body`).
 *
 * @throws Error when the page lacks the map container or a chapter's section
 */
export function insertStaticMaps(
  html: string,
  picture: string,
  figures: ReadonlyMap<string, string>,
): string {
  const mapTag = '<div id="map" class="map"></div>';
  if (!html.includes(mapTag)) throw new Error(`index.html: no ${mapTag} for the map picture`);
  let out = html.replace(mapTag, `<div id="map" class="map">${picture}</div>`);
  for (const [id, figure] of figures) {
    const start = out.indexOf(`<section class="step" id="${escapeHtml(id)}"`);
    // Each chapter section ends `</div></section>`: .step-inner closes right before it.
    const end = start < 0 ? -1 : out.indexOf('</div></section>', start);
    if (end < 0) throw new Error(`index.html: no section for chapter ${id}`);
    out = out.slice(0, end) + figure + out.slice(end);
  }
  return out;
}
