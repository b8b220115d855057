import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { loadStory } from '../../src/build/node/load-story.ts';
import { baselinePlugin, type BaselineContent } from './baseline-page.ts';

/** The repository root (this file is scripts/bench/build-pages.ts). */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The story as the baseline needs it, from the project's own build-time loader. */
export async function baselineContent(): Promise<BaselineContent> {
  const { story, issues } = await loadStory(repoRoot);
  if (!story) throw new Error(`content has ${issues.length} problems: run npm run check`);
  return {
    title: story.title.hant,
    byline: story.byline.hant,
    chapters: story.chapters.map((c) => ({
      id: c.id,
      headings: [c.part?.hant, c.subhead?.hant].filter((h): h is string => Boolean(h)),
      html: c.html.hant,
      bounds: c.map.camera.bounds,
      maxZoom: c.map.camera.maxZoom,
    })),
  };
}

/** Build the project into dist/ with its own vite.config.ts. */
export async function buildProject(): Promise<void> {
  await build({ root: repoRoot, logLevel: 'warn' });
}

/** Version of the maplibre-gl package in `dir`. */
export async function maplibreVersion(dir: string): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * The template's MapLibre: what `npm install maplibre-gl` gives a template user today
 * (6.17.0, its default entry), pinned in package.json as the alias `maplibre-gl-template`.
 */
export const templateMaplibreDir = path.join(repoRoot, 'node_modules/maplibre-gl-template');

/**
 * Build the baseline page into `outDir` with Vite, using the maplibre-gl package in
 * `maplibreDir` (default: the template's, see `templateMaplibreDir`). With `csp`, MapLibre 5's CSP build
 * (maplibre-gl-csp.js + a worker file, no blob: worker) is used instead of its default
 * bundle. Returns the MapLibre version it used.
 */
export async function buildBaseline(
  outDir: string,
  maplibreDir = templateMaplibreDir,
  csp = false,
): Promise<string> {
  const version = await maplibreVersion(maplibreDir);
  const major = Number(version.split('.')[0]);
  if (csp && major !== 5) throw new Error('--csp is for MapLibre 5 (6 has no blob: worker)');
  const alias = [
    ...(csp
      ? [{ find: /^maplibre-gl$/, replacement: `${maplibreDir}/dist/maplibre-gl-csp.js` }]
      : []),
    { find: /^maplibre-gl(?=$|\/)/, replacement: maplibreDir },
  ];
  const cspWorker = csp ? `${maplibreDir}/dist/maplibre-gl-csp-worker.js` : undefined;
  await build({
    configFile: false,
    root: path.join(import.meta.dirname, 'baseline'),
    base: '/',
    logLevel: 'warn',
    resolve: { alias },
    plugins: [baselinePlugin(await baselineContent(), major, cspWorker)],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return version;
}

/**
 * Serve a built folder with `vite preview` (gzip on, as the project's tests see it) on a
 * free port, optionally with a Content-Security-Policy header.
 */
export async function serve(
  outDir: string,
  csp?: string,
): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      port: 0,
      host: '127.0.0.1',
      strictPort: false,
      ...(csp ? { headers: { 'Content-Security-Policy': csp } } : {}),
    },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
