import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Request } from 'playwright-core';
import { percentile, totalBlockingTime } from './stats.ts';

/** The two sizes measured: a desktop window, and a phone at DSF 3 with a 4× slower CPU. */
export const sizes = {
  desktop: { context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }, cpu: 1 },
  phone: {
    context: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    },
    cpu: 4,
  },
} satisfies Record<string, { context: BrowserContextOptions; cpu: number }>;

export type SizeName = keyof typeof sizes;

/** What one page load (and, unless skipped, one pass through the chapters) measured. */
export interface Sample {
  /**
   * Bytes by type and in all: each requested file of the built site gzipped (level 6, as
   * `vite preview` compresses), so files fetched by the map's worker count too.
   */
  bytes: Record<string, number>;
  requests: number;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  tbt: number | null;
  mapFirstIdle: number | null;
  /** When the page made its MapLibre map: map first idle = this + the map's own load. */
  mapCreated: number | null;
  firstMapPixels: number | null;
  staticMapAtLoad: boolean;
  stepToMoveStartP50: number | null;
  stepToMoveStartP95: number | null;
  stepToMoveEndP50: number | null;
  stepToMoveEndP95: number | null;
  /** Steps whose camera move did not end within the timeout. */
  missedSteps: number;
  frameP95: number | null;
  heapMiB: number | null;
}

/** The probe's record, as window.__bench holds it (see probe.js). */
interface ProbeState {
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  longTasks: [number, number][];
  staticMapAtLoad: boolean;
  mapCreated: number | null;
  firstRender: number | null;
  firstIdle: number | null;
  frameDeltas: number[];
}

const probeSource = readFile(path.join(import.meta.dirname, 'probe.js'), 'utf8');

/** The type a response is counted under, from its URL's extension. */
export function byteType(url: string, resourceType: string): string {
  const ext = path.extname(new URL(url).pathname).toLowerCase();
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html' || resourceType === 'document') return 'html';
  if (ext === '.geojson' || ext === '.topojson' || ext === '.json') return 'data';
  if (['.woff', '.woff2', '.ttf', '.otf', '.pbf'].includes(ext)) return 'font';
  if (['.png', '.svg', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext))
    return 'image';
  return 'other';
}

const gzipped = new Map<string, number>();

/** gzip -6 size of the file a URL path names in `outDir`; 0 for a path with no file (404). */
async function gzipBytes(outDir: string, urlPath: string): Promise<number> {
  const file = path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  const known = gzipped.get(file);
  if (known !== undefined) return known;
  let size = 0;
  try {
    size = gzipSync(await readFile(file), { level: 6 }).length;
  } catch {
    // Not a file of the build (e.g. /favicon.ico on the baseline): nothing was sent.
  }
  gzipped.set(file, size);
  return size;
}

export interface MeasureOptions {
  size: SizeName;
  /** The built folder the page is served from, to size what it requested. */
  outDir: string;
  /** Chapter ids to scroll through after load, in order; empty to measure the load only. */
  chapters: readonly string[];
  timeoutMs: number;
}

/** Open `url` in a fresh context (cold cache) and measure it. */
export async function measurePage(
  browser: Browser,
  url: string,
  options: MeasureOptions,
): Promise<Sample> {
  const size = sizes[options.size];
  const context = await browser.newContext({ ...size.context, reducedMotion: 'no-preference' });
  try {
    await context.addInitScript({ content: await probeSource });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (size.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: size.cpu });

    const sized: Promise<[string, number]>[] = [];
    const count = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'http:') return;
      const type = byteType(request.url(), request.resourceType());
      sized.push(
        gzipBytes(options.outDir, decodeURIComponent(url.pathname)).then((n) => [type, n]),
      );
    };
    // Context-wide, so requests made by the map's worker are counted.
    context.on('requestfinished', count);

    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs });
    // TBT's window closes 1 s after the map's first idle.
    await page.waitForFunction(
      () => {
        const b = (window as unknown as { __bench: ProbeState }).__bench;
        return b.firstIdle !== null && performance.now() > b.firstIdle + 1000;
      },
      undefined,
      { timeout: options.timeoutMs, polling: 100 },
    );
    context.off('requestfinished', count);
    const probe = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
    const bytes: Record<string, number> = { total: 0 };
    for (const [type, n] of await Promise.all(sized)) {
      bytes[type] = (bytes[type] ?? 0) + n;
      bytes['total'] = (bytes['total'] ?? 0) + n;
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;

    const starts: number[] = [];
    const ends: number[] = [];
    let missed = 0;
    for (const id of options.chapters) {
      const step = await page.evaluate(
        ([chapterId, timeout]) =>
          (
            window as unknown as {
              __bench: {
                step(id: string, t: number): Promise<{ start: number | null; end: number | null }>;
              };
            }
          ).__bench.step(chapterId, timeout),
        [id, options.timeoutMs] as const,
      );
      if (step.start !== null) starts.push(step.start);
      if (step.end !== null) ends.push(step.end);
      else missed += 1;
    }
    const frames = options.chapters.length
      ? await page.evaluate(
          () => (window as unknown as { __bench: ProbeState }).__bench.frameDeltas,
        )
      : [];

    const firstMapPixels = probe.staticMapAtLoad ? probe.fcp : probe.firstRender;
    return {
      bytes,
      requests: sized.length,
      fcp: probe.fcp,
      lcp: probe.lcp,
      lcpElement: probe.lcpElement,
      tbt:
        probe.fcp !== null && probe.firstIdle !== null
          ? totalBlockingTime(probe.longTasks, probe.fcp, probe.firstIdle + 1000)
          : null,
      mapFirstIdle: probe.firstIdle,
      mapCreated: probe.mapCreated,
      firstMapPixels,
      staticMapAtLoad: probe.staticMapAtLoad,
      stepToMoveStartP50: percentile(starts, 50),
      stepToMoveStartP95: percentile(starts, 95),
      stepToMoveEndP50: percentile(ends, 50),
      stepToMoveEndP95: percentile(ends, 95),
      missedSteps: missed,
      frameP95: percentile(frames, 95),
      heapMiB: heap === undefined ? null : heap / 2 ** 20,
    };
  } finally {
    await context.close();
  }
}
