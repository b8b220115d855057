import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { loadStory } from '../../src/build/node/load-story.ts';
import type { Script, Story } from '../../src/shared/model.ts';
import { langTag } from '../../src/shared/ui-strings.ts';
import {
  launchBrowser,
  viewports,
  waitForFullLayout,
  waitForMapIdle,
  watchPage,
  type PageProblems,
  type ViewportName,
} from '../support/browser.ts';
import { startPreview } from '../support/server.ts';

/** What a browser test file works with. */
export interface StorySite {
  /** The story model, built from content/ and geo/ like the page's: expectations come from it. */
  story: Story;
  origin: string;
  browser: Browser;
  /**
   * A fresh page at a viewport size, watched for console errors, off-origin requests and
   * Content Security Policy violations from before it loads, opened on the story (its map at rest and its article laid out, unless `waitForMap` is false).
   * Closed after the test, pass or fail.
   */
  open(
    size: ViewportName,
    options?: BrowserContextOptions & {
      path?: string;
      waitForMap?: boolean;
      browser?: Browser;
      /** Run in the page before its own scripts, from the first load on. */
      initScript?: Parameters<Page['addInitScript']>[0];
    },
  ): Promise<{ page: Page; problems: PageProblems }>;
}

/** Build the story model, serve dist/ and launch Chromium once per test file. */
export function useStorySite(): StorySite {
  let server: PreviewServer | undefined;
  const contexts: BrowserContext[] = [];
  const watched: PageProblems[] = [];
  const site = {
    async open(size, options = {}) {
      const {
        path: at = '/',
        waitForMap = true,
        browser = site.browser,
        initScript,
        ...contextOptions
      } = options;
      const context = await browser.newContext({
        ...viewports[size],
        reducedMotion: 'reduce',
        ...contextOptions,
      });
      contexts.push(context);
      const page = await context.newPage();
      if (initScript) await page.addInitScript(initScript);
      const problems = await watchPage(page, site.origin);
      watched.push(problems);
      await page.goto(site.origin + at);
      if (waitForMap) {
        await waitForMapIdle(page);
        await waitForFullLayout(page);
      }
      return { page, problems };
    },
  } as StorySite;

  beforeAll(async () => {
    const loaded = await loadStory(path.resolve(import.meta.dirname, '../..'));
    if (!loaded.story)
      throw new Error(`content has ${loaded.issues.length} problems: run npm run check`);
    site.story = loaded.story;
    const preview = await startPreview();
    server = preview.server;
    site.origin = preview.origin;
    site.browser = await launchBrowser();
  });
  // Whatever a test checks, no page it opened may log an error, reach off the origin or break the CSP.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const seen = watched.splice(0);
    const errors = seen.flatMap((p) => p.consoleErrors);
    const offOrigin = seen.flatMap((p) => p.offOrigin);
    const cspViolations = seen.flatMap((p) => p.cspViolations);
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    if (offOrigin.length) throw new Error(`requests off the page's origin: ${offOrigin.join(' ')}`);
    if (cspViolations.length)
      throw new Error(`Content Security Policy violations: ${cspViolations.join(' | ')}`);
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/**
 * Press the 繁/簡 switch and wait until the page shows `to`: the other script's words load
 * first (src/app/page/script-text.ts), so the switch is not instant.
 */
export async function switchScript(page: Page, to: Script): Promise<void> {
  await page.click('#script-toggle');
  await page.waitForFunction((lang) => document.documentElement.lang === lang, langTag(to));
}
