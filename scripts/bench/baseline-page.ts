import type { Plugin } from 'vite';
import { unescapeHtml } from '../../src/shared/html.ts';

/**
 * What the baseline page is built from, taken from the project's own story model so the
 * two pages carry the same chapters: text only, no place links, figures as their text.
 */
export interface BaselineContent {
  title: string;
  byline: string;
  chapters: {
    id: string;
    headings: string[];
    html: string;
    bounds: [number, number, number, number];
    maxZoom: number;
  }[];
}

/** Escape text for an HTML text node. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The paragraphs of a chapter body's HTML as plain text: block ends become breaks,
 * every tag goes, the few entities the renderer emits are decoded.
 */
export function plainParagraphs(html: string): string[] {
  const text = html
    .replace(/<\/(p|figcaption|figure|div|li|h\d)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '');
  return unescapeHtml(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** One chapter as the template writes it: a `.step` with its id, headings and paragraphs. */
export function baselineStepHtml(chapter: BaselineContent['chapters'][number]): string {
  const headings = chapter.headings.map((h) => `<h2>${escapeText(h)}</h2>`).join('');
  const body = plainParagraphs(chapter.html)
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('');
  return `<section class="step" id="${escapeText(chapter.id)}">${headings}${body}</section>`;
}

/**
 * Vite plugin for the baseline: fills index.html's {{title}}, {{byline}} and {{chapters}},
 * and provides `virtual:baseline-chapters` (camera targets) and `virtual:baseline-worker`
 * (MapLibre 6 needs its worker URL set; 5 builds its worker from a blob by itself, unless
 * its CSP build is used, whose worker file `cspWorkerPath` is then served as an asset).
 */
export function baselinePlugin(
  content: BaselineContent,
  maplibreMajor: number,
  cspWorkerPath?: string,
): Plugin {
  const modules: Record<string, string> = {
    'virtual:baseline-chapters': `export const chapters = ${JSON.stringify(
      content.chapters.map(({ id, bounds, maxZoom }) => ({ id, bounds, maxZoom })),
    )};`,
    'virtual:baseline-worker': cspWorkerPath
      ? `import workerUrl from ${JSON.stringify(`${cspWorkerPath}?url`)};
         export function setUpWorker(library) { library.setWorkerUrl(workerUrl); }`
      : maplibreMajor >= 6
        ? `import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
           export function setUpWorker(library) { library.setWorkerUrl(workerUrl); }`
        : `export function setUpWorker() {}`,
  };
  const parts: Record<string, string> = {
    title: escapeText(content.title),
    byline: escapeText(content.byline),
    chapters: content.chapters.map(baselineStepHtml).join('\n'),
  };
  return {
    name: 'bench-baseline',
    resolveId: (id) => (id in modules ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? modules[id.slice(1)] : undefined),
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/\{\{(\w+)\}\}/g, (m, key: string) => parts[key] ?? m),
    },
  };
}
