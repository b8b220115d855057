/**
 * Profiles the project page's main thread (CDP Profiler, plus a Chrome trace) from
 * navigation to the map's first idle, at desktop and phone (4× CPU), then across a few
 * chapter changes, and counts the map calls each chapter change makes. Raw profiles go
 * to /tmp; the summary is printed.
 *
 *   npx tsx scripts/bench/profile.ts [--steps N] [--out DIR]
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { build } from 'vite';
import { launchBrowser } from '../../tests/support/browser.ts';
import { baselineContent, repoRoot, serve } from './build-pages.ts';
import { sizes, type SizeName } from './measure.ts';
import { summarizeProfile, type CpuProfile, type Locate, type TimeRow } from './profile-summary.ts';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '6' },
    out: { type: 'string', default: '/tmp/luquan-profile' },
    // Summarise the .cpuprofile files already in --out again (after the same build).
    'summarize-only': { type: 'boolean', default: false },
  },
});
const outDir = path.resolve(args.out);
const siteDir = path.join(repoRoot, 'dist-bench/project-profile');
const log = (m: string) => process.stderr.write(`${m}\n`);

if (!args['summarize-only']) {
  // The project's own build, with hidden source maps so minified positions map back to files.
  log('building the project with source maps (dist-bench/project-profile/) …');
  await build({
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir: siteDir, emptyOutDir: true, sourcemap: 'hidden' },
  });
}

/** A source map's consumer, or null when `file` has no readable `.map` beside it. */
async function consumerFor(mapFile: string): Promise<SourceMapConsumer | null> {
  try {
    return new SourceMapConsumer(JSON.parse(await readFile(mapFile, 'utf8')) as RawSourceMap);
  } catch {
    return null;
  }
}

/**
 * Locates minified positions of the built site: through the build's map, then through the
 * map a bundled package ships (MapLibre's), so names and files are MapLibre's own sources.
 */
async function makeLocator(assetsDir: string): Promise<Locate> {
  const built = new Map<string, { consumer: SourceMapConsumer; dir: string }>();
  for (const name of await readdir(assetsDir)) {
    if (!name.endsWith('.js.map')) continue;
    const consumer = await consumerFor(path.join(assetsDir, name));
    if (consumer)
      built.set(`/assets/${name.slice(0, -'.map'.length)}`, { consumer, dir: assetsDir });
  }
  const inner = new Map<string, SourceMapConsumer | null>();
  const packageMaps = new Map<string, string>();
  for (const { consumer, dir } of built.values()) {
    for (const source of (consumer as unknown as { sources: string[] }).sources) {
      const file = path.resolve(dir, source);
      if (!inner.has(file)) inner.set(file, await consumerFor(`${file}.map`));
      packageMaps.set(source, file);
    }
  }
  return (url, line, column) => {
    const outer = built.get(new URL(url).pathname);
    if (!outer) return null;
    // CDP positions are 0-based; source-map-js lines are 1-based, columns 0-based.
    const found = outer.consumer.originalPositionFor({ line: line + 1, column });
    if (!found.source) return null;
    const file = packageMaps.get(found.source) ?? path.resolve(outer.dir, found.source);
    const second = inner.get(file);
    if (second && found.line) {
      const deeper = second.originalPositionFor({ line: found.line, column: found.column });
      if (deeper.source)
        return {
          source: path.resolve(path.dirname(file), deeper.source).split(path.sep).join('/'),
          name: deeper.name ?? found.name ?? null,
        };
    }
    return { source: found.source, name: found.name ?? null };
  };
}

/** Map calls counted per chapter change (wrapped on the live map). */
const countedCalls = [
  'setFeatureState',
  'removeFeatureState',
  'setLayoutProperty',
  'setPaintProperty',
  'setFilter',
  'flyTo',
  'easeTo',
  'jumpTo',
  'fitBounds',
  'cameraForBounds',
  'addLayer',
  'removeLayer',
  'triggerRepaint',
];

async function countCalls(page: Page): Promise<void> {
  await page.evaluate((names) => {
    const map = window.__map as unknown as Record<string, unknown>;
    const holder = window as unknown as { __calls: Record<string, number> };
    holder.__calls = {};
    for (const name of names) {
      const original = map[name];
      if (typeof original !== 'function') continue;
      // Counts go to whatever object __calls holds at call time, so a step can reset it.
      map[name] = function (this: unknown, ...a: unknown[]) {
        holder.__calls[name] = (holder.__calls[name] ?? 0) + 1;
        return (original as (...x: unknown[]) => unknown).apply(this, a);
      };
    }
  }, countedCalls);
}

const formatRows = (rows: TimeRow[]) =>
  rows.map((r) => `  ${r.ms.toFixed(0).padStart(6)} ms  ${r.key}`).join('\n');

const locate = await makeLocator(path.join(siteDir, 'assets'));

if (args['summarize-only']) {
  for (const name of (await readdir(outDir)).filter((n) => n.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(await readFile(path.join(outDir, name), 'utf8')) as CpuProfile;
    const summary = summarizeProfile(profile, locate, 30);
    console.log(`\n== ${name}: samples ${summary.total.toFixed(0)} ms`);
    console.log(`by owner:\n${formatRows(summary.byGroup.slice(0, 12))}`);
    console.log(`by file:\n${formatRows(summary.byFile.slice(0, 20))}`);
    console.log(`by function:\n${formatRows(summary.byFunction)}`);
  }
  process.exit(0);
}
const probe = await readFile(path.join(import.meta.dirname, 'probe.js'), 'utf8');
const chapterIds = (await baselineContent()).chapters
  .map((c) => c.id)
  .slice(1, 1 + (Number(args.steps) || 6));
const { server, origin } = await serve(siteDir);
const browser = await launchBrowser();
await mkdir(outDir, { recursive: true });
const report: Record<string, unknown> = {};
try {
  for (const size of Object.keys(sizes) as SizeName[]) {
    const context = await browser.newContext({
      ...sizes[size].context,
      reducedMotion: 'no-preference',
    });
    await context.addInitScript({ content: probe });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (sizes[size].cpu !== 1)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: sizes[size].cpu });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const tracePath = path.join(outDir, `${size}-load.trace.json`);
    await browser.startTracing(page, {
      path: tracePath,
      categories: [
        'devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-devtools.timeline',
      ],
    });
    await cdp.send('Profiler.start');
    await page.goto(`${origin}/`);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { firstIdle: number | null } }).__bench.firstIdle,
      undefined,
      { timeout: 240_000, polling: 100 },
    );
    const load = (await cdp.send('Profiler.stop')).profile as CpuProfile;
    await browser.stopTracing();
    await writeFile(path.join(outDir, `${size}-load.cpuprofile`), JSON.stringify(load));
    const firstIdle = await page.evaluate(
      () => (window as unknown as { __bench: { firstIdle: number } }).__bench.firstIdle,
    );
    const style = await page.evaluate(() => {
      const s = window.__map?.getStyle();
      const byType: Record<string, number> = {};
      for (const l of s?.layers ?? []) byType[l.type] = (byType[l.type] ?? 0) + 1;
      return {
        layers: s?.layers.length ?? 0,
        byType,
        sources: Object.keys(s?.sources ?? {}).length,
      };
    });
    const loadSummary = summarizeProfile(load, locate);

    await countCalls(page);
    await cdp.send('Profiler.start');
    const perStep: { id: string; calls: Record<string, number> }[] = [];
    for (const id of chapterIds) {
      await page.evaluate(() => {
        (window as unknown as { __calls: Record<string, number> }).__calls = {};
      });
      await page.evaluate(
        ([chapter, t]) =>
          (
            window as unknown as { __bench: { step(id: string, t: number): Promise<unknown> } }
          ).__bench.step(chapter, t),
        [id, 120_000] as const,
      );
      perStep.push({
        id,
        calls: await page.evaluate(
          () => (window as unknown as { __calls: Record<string, number> }).__calls,
        ),
      });
    }
    const steps = (await cdp.send('Profiler.stop')).profile as CpuProfile;
    await writeFile(path.join(outDir, `${size}-chapters.cpuprofile`), JSON.stringify(steps));
    const stepSummary = summarizeProfile(steps, locate);
    await context.close();

    report[size] = { firstIdle, style, load: loadSummary, chapters: stepSummary, perStep };
    console.log(
      `\n== ${size}: navigation → map first idle ${firstIdle.toFixed(0)} ms; ` +
        `main-thread samples ${loadSummary.total.toFixed(0)} ms; style ${style.layers} layers ` +
        `${JSON.stringify(style.byType)}, ${style.sources} sources`,
    );
    console.log(`by owner:\n${formatRows(loadSummary.byGroup)}`);
    console.log(`by file:\n${formatRows(loadSummary.byFile.slice(0, 15))}`);
    console.log(`by function:\n${formatRows(loadSummary.byFunction.slice(0, 20))}`);
    console.log(
      `\n-- ${size}: ${chapterIds.length} chapter changes (flights on), samples ${stepSummary.total.toFixed(0)} ms`,
    );
    console.log(`by owner:\n${formatRows(stepSummary.byGroup)}`);
    console.log(`by function:\n${formatRows(stepSummary.byFunction.slice(0, 12))}`);
    for (const s of perStep) console.log(`  ${s.id}: ${JSON.stringify(s.calls)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(path.join(outDir, 'summary.json'), JSON.stringify(report, null, 2));
console.log(
  `\nraw profiles and traces: ${outDir}/ (open .cpuprofile / .trace.json in Chrome DevTools)`,
);
