/**
 * Benchmark: prints sizes and timings, fails on nothing (`npm run bench`, after
 * `npm run build`). Timings vary with the machine; compare runs on the same one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  launchBrowser,
  scrollToChapter,
  viewports,
  waitForMapIdle,
  type ViewportName,
} from '../tests/support/browser.ts';
import { startPreview } from '../tests/support/server.ts';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function sizes(): Promise<void> {
  const rows: [string, number, number][] = [];
  for (const file of await filesUnder('dist')) {
    const bytes = await readFile(file);
    rows.push([path.relative('dist', file), bytes.length, gzipSync(bytes, { level: 9 }).length]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  console.log('dist asset                                     raw bytes   gzip bytes');
  for (const [name, raw, gz] of rows)
    console.log(`${name.padEnd(44)} ${String(raw).padStart(11)} ${String(gz).padStart(12)}`);
  const total = rows.reduce<[number, number]>((acc, r) => [acc[0] + r[1], acc[1] + r[2]], [0, 0]);
  console.log(
    `${'total'.padEnd(44)} ${String(total[0]).padStart(11)} ${String(total[1]).padStart(12)}`,
  );
}

async function timings(): Promise<void> {
  const { server, origin } = await startPreview();
  const browser = await launchBrowser();
  try {
    for (const name of Object.keys(viewports) as ViewportName[]) {
      const context = await browser.newContext({ ...viewports[name], reducedMotion: 'reduce' });
      const page = await context.newPage();
      if (name === 'phone') {
        // A slow phone: 4x CPU slowdown through the DevTools protocol.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      const start = Date.now();
      await page.goto(origin + '/');
      const textMs = Date.now() - start;
      await waitForMapIdle(page, 120_000);
      const mapMs = Date.now() - start;
      const ids = await page.$$eval('.step', (steps) =>
        steps.map((s) => (s as HTMLElement).dataset.chapter ?? ''),
      );
      const perChapter: number[] = [];
      for (const id of ids) {
        const t0 = Date.now();
        await scrollToChapter(page, id, 120_000);
        perChapter.push(Date.now() - t0);
      }
      perChapter.sort((a, b) => a - b);
      const median = perChapter[Math.floor(perChapter.length / 2)] ?? 0;
      const worst = perChapter[perChapter.length - 1] ?? 0;
      console.log(
        `${name}${name === 'phone' ? ' (4x CPU slowdown)' : ''}: page loaded ${textMs} ms, map idle ${mapMs} ms, ` +
          `chapter → map idle median ${median} ms, worst ${worst} ms over ${perChapter.length} chapters (jump, reduced motion)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await sizes();
await timings();
