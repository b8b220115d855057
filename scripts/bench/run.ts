/**
 * `npm run bench`: builds the project (dist/) and a baseline page of our own in the
 * common story-map template's manner (dist-bench/baseline/), serves both and measures
 * them back to back in the same Chromium, alternating which goes first, at desktop and
 * phone sizes. Prints project / baseline ratios and writes JSON. Fails on nothing it
 * measures: timings vary with the machine, so compare runs made on the same one.
 *
 *   npm run bench -- [--runs N] [--quick] [--no-build] [--chapters N|all]
 *                    [--maplibre DIR] [--out FILE]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/support/browser.ts';
import {
  baselineContent,
  buildBaseline,
  buildProject,
  maplibreVersion,
  repoRoot,
  serve,
} from './build-pages.ts';
import { measurePage, sizes, type Sample, type SizeName } from './measure.ts';
import { summarize } from './stats.ts';
import { formatTable, type ReportRow } from './table.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    chapters: { type: 'string', default: '8' },
    maplibre: { type: 'string' },
    out: { type: 'string', default: 'bench-results/latest.json' },
  },
});

const runs = args.quick ? 1 : Math.max(1, Number(args.runs) || 5);
const pages = ['project', 'baseline'] as const;
type PageName = (typeof pages)[number];
const outDirs: Record<PageName, string> = {
  project: path.join(repoRoot, 'dist'),
  baseline: path.join(repoRoot, 'dist-bench/baseline'),
};
const timeoutMs: Record<SizeName, number> = { desktop: 60_000, phone: 180_000 };
const log = (message: string) => process.stderr.write(`${message}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

if (!args['no-build']) {
  log('building the project (dist/) …');
  await buildProject();
}
log('building the baseline (dist-bench/baseline/) …');
const maplibreDir = args.maplibre ? path.resolve(args.maplibre) : undefined;
const baselineMaplibre = await buildBaseline(outDirs.baseline, maplibreDir);
const projectMaplibre = await maplibreVersion(path.join(repoRoot, 'node_modules/maplibre-gl'));

// The same chapters, in reading order, on both pages; the first is where both start.
const allIds = (await baselineContent()).chapters.map((c) => c.id).slice(1);
const chapterIds = args.chapters === 'all' ? allIds : allIds.slice(0, Number(args.chapters) || 8);

const servers = {
  project: await serve(outDirs.project),
  baseline: await serve(outDirs.baseline),
};
const browser = await launchBrowser();
const samples: Record<SizeName, Record<PageName, Sample[]>> = {
  desktop: { project: [], baseline: [] },
  phone: { project: [], baseline: [] },
};
try {
  log(`warm-up (load only) … ${elapsed()}`);
  for (const page of pages) {
    await measurePage(browser, `${servers[page].origin}/`, {
      size: 'desktop',
      outDir: outDirs[page],
      chapters: [],
      timeoutMs: timeoutMs.desktop,
    });
  }
  for (let run = 0; run < runs; run += 1) {
    for (const size of Object.keys(sizes) as SizeName[]) {
      // Alternate which page goes first, so a drift in machine load hits both alike.
      const order = run % 2 === 0 ? pages : ([...pages].reverse() as PageName[]);
      for (const page of order) {
        log(`run ${run + 1}/${runs} ${size} ${page} … ${elapsed()}`);
        samples[size][page].push(
          await measurePage(browser, `${servers[page].origin}/`, {
            size,
            outDir: outDirs[page],
            chapters: chapterIds,
            timeoutMs: timeoutMs[size],
          }),
        );
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((s) => s.server.close()));
}

const kib = (n: number | undefined) => (n === undefined ? null : n / 1024);
const byteTypes = [
  ...new Set(
    Object.values(samples).flatMap((bySize) =>
      Object.values(bySize).flatMap((list) => list.flatMap((s) => Object.keys(s.bytes))),
    ),
  ),
].sort((a, b) => (a === 'total' ? -1 : b === 'total' ? 1 : a.localeCompare(b)));

const figures: { label: string; unit: ReportRow['unit']; of: (s: Sample) => number | null }[] = [
  ...byteTypes.map((type) => ({
    label: `bytes ${type}, gzip`,
    unit: 'KiB' as const,
    of: (s: Sample) => kib(s.bytes[type] ?? 0),
  })),
  { label: 'requests', unit: 'n', of: (s) => s.requests },
  { label: 'FCP', unit: 'ms', of: (s) => s.fcp },
  { label: 'LCP', unit: 'ms', of: (s) => s.lcp },
  { label: 'TBT to idle+1s', unit: 'ms', of: (s) => s.tbt },
  { label: 'first map pixels', unit: 'ms', of: (s) => s.firstMapPixels },
  { label: 'map first idle', unit: 'ms', of: (s) => s.mapFirstIdle },
  // Where that time goes: until the page makes its map, then the map's own load.
  { label: '  of which: map created', unit: 'ms', of: (s) => s.mapCreated },
  {
    label: '  of which: created → idle',
    unit: 'ms',
    of: (s) =>
      s.mapCreated !== null && s.mapFirstIdle !== null ? s.mapFirstIdle - s.mapCreated : null,
  },
  { label: 'step→movestart p50', unit: 'ms', of: (s) => s.stepToMoveStartP50 },
  { label: 'step→movestart p95', unit: 'ms', of: (s) => s.stepToMoveStartP95 },
  { label: 'step→moveend p50', unit: 'ms', of: (s) => s.stepToMoveEndP50 },
  { label: 'step→moveend p95', unit: 'ms', of: (s) => s.stepToMoveEndP95 },
  { label: 'frame time p95, moving', unit: 'ms', of: (s) => s.frameP95 },
  { label: 'JS heap after idle', unit: 'MiB', of: (s) => s.heapMiB },
];
const rows: ReportRow[] = figures.map(({ label, unit, of }) => ({
  label,
  unit,
  desktop: {
    project: summarize(samples.desktop.project.map(of)),
    baseline: summarize(samples.desktop.baseline.map(of)),
  },
  phone: {
    project: summarize(samples.phone.project.map(of)),
    baseline: summarize(samples.phone.baseline.map(of)),
  },
}));

/** The LCP element(s) seen over the runs, most frequent first. */
function lcpElements(list: readonly Sample[]): string[] {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s.lcpElement ?? '–', (counts.get(s.lcpElement ?? '–') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([el, n]) => `${n}× ${el}`);
}

console.log(
  `\nproject (MapLibre ${projectMaplibre}) / baseline (MapLibre ${baselineMaplibre}); ` +
    `median (min–max) of ${runs} run${runs === 1 ? '' : 's'} after a warm-up; ` +
    `${chapterIds.length} chapter steps per page; phone = 390×844, DSF 3, 4× CPU slowdown\n`,
);
console.log(formatTable(rows));
for (const size of Object.keys(sizes) as SizeName[]) {
  for (const page of pages) {
    const list = samples[size][page];
    const missed = list.reduce((n, s) => n + s.missedSteps, 0);
    console.log(
      `${size} ${page}: LCP element ${lcpElements(list).join('; ')}; ` +
        `map picture at first paint: ${list.some((s) => s.staticMapAtLoad) ? 'yes' : 'no'}` +
        (missed ? `; ${missed} step(s) without a camera move` : ''),
    );
  }
}

const out = path.resolve(repoRoot, args.out);
await mkdir(path.dirname(out), { recursive: true });
await writeFile(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs,
      chapters: chapterIds,
      maplibre: { project: projectMaplibre, baseline: baselineMaplibre },
      sizes,
      rows,
      samples,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nJSON: ${path.relative(process.cwd(), out)} (${elapsed()} in all)`);
