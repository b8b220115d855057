/**
 * Screenshots of chosen chapters at desktop and phone sizes, for people to look at
 * (`npm run screenshots [chapter-id …]`, after `npm run build`). Writes screenshots/*.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  launchBrowser,
  scrollToChapter,
  viewports,
  waitForMapIdle,
  type ViewportName,
} from '../tests/support/browser.ts';
import { startPreview } from '../tests/support/server.ts';

const outDir = path.resolve('screenshots');
const requested = process.argv.slice(2);
const script = (process.env.SCRIPT ?? 'hant') as 'hant' | 'hans';

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const { server, origin } = await startPreview();
  const browser = await launchBrowser();
  try {
    for (const name of Object.keys(viewports) as ViewportName[]) {
      const context = await browser.newContext({ ...viewports[name], reducedMotion: 'reduce' });
      const page = await context.newPage();
      if (script === 'hans')
        await page.addInitScript(() => localStorage.setItem('luquan-story:script', 'hans'));
      await page.goto(origin + '/');
      await waitForMapIdle(page);
      const ids = requested.length
        ? requested
        : await page.$$eval('.step', (steps) =>
            steps.map((s) => (s as HTMLElement).dataset.chapter ?? ''),
          );
      for (const id of ids) {
        await scrollToChapter(page, id);
        await page.waitForTimeout(300); // label fade-in
        const file = path.join(outDir, `${name}-${script}-${id}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
