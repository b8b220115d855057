import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, viewports, type ViewportName } from '../support/browser.ts';
import { switchScript, useStorySite } from './setup.ts';

/**
 * axe-core audits the production build in the real browser: both sizes, both scripts, with
 * and without the map. axe's source is evaluated through the DevTools protocol (as Playwright's
 * own scripts are), which a page's CSP does not govern, so the page keeps its real policy
 * during the audit; a `<script>` tag would be an inline script, which the policy blocks.
 */
const site = useStorySite();
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let noWebGl: Browser;

beforeAll(async () => {
  noWebGl = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
});
afterAll(async () => {
  await noWebGl?.close();
});

async function audit(page: Page): Promise<AxeResults> {
  await page.evaluate(await axeSource);
  return page.evaluate(() => window.axe!.run(document, { resultTypes: ['violations'] }));
}

/** Each serious or critical violation as `rule id: target, target (impact)`. */
function seriousViolations(results: AxeResults): string[] {
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')} — ${v.help}`,
    );
}

const cases = (Object.keys(viewports) as ViewportName[]).flatMap((size) =>
  (['hant', 'hans'] as const).flatMap((script) =>
    [true, false].map((withMap) => ({ size, script, withMap })),
  ),
);

describe('accessibility audit (axe-core)', () => {
  it.each(cases)(
    '$size, $script, map $withMap: no serious or critical violation',
    async ({ size, script, withMap }) => {
      const { page } = await site.open(size, {
        waitForMap: withMap,
        ...(withMap ? {} : { browser: noWebGl }),
      });
      if (!withMap) await page.waitForFunction(() => document.body.classList.contains('no-map'));
      if (script === 'hans') {
        await switchScript(page, 'hans');
      }
      const results = await audit(page);
      expect(seriousViolations(results)).toEqual([]);
      // The audit really looked: text contrast and control names were checked and passed.
      const passed = results.passes.map((rule) => rule.id);
      expect(passed).toEqual(
        expect.arrayContaining(['color-contrast', 'button-name', 'link-name']),
      );
    },
  );
});
