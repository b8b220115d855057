import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * Debian's Chromium, driven by Playwright; never a downloaded browser. SwiftShader gives
 * it WebGL without a GPU. The network flags keep Chromium's own background traffic off,
 * so every request a test sees comes from the page.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export const viewports = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
} satisfies Record<string, BrowserContextOptions>;

export type ViewportName = keyof typeof viewports;

/** What a page did that it must not: console errors, uncaught exceptions, off-origin requests, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  offOrigin: string[];
  /** Each `securitypolicyviolation` event: the directive, what it blocked and where. */
  cspViolations: string[];
}

/**
 * Record console errors, page errors, any request that leaves `origin` and every
 * Content Security Policy violation (an init script listens from before the page's own
 * scripts; the binding reports straight to the test, so a navigation loses nothing).
 */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], offOrigin: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.offOrigin.push(url);
  });
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.__reportCspViolation?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
            ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}` +
            (event.sample ? ` (${event.sample})` : ''),
        ),
      { capture: true },
    );
  });
  return problems;
}

/** Wait until the map exists, its style and sources are loaded, and it has stopped moving. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__map;
      return Boolean(map && map.loaded() && map.isStyleLoaded() && !map.isMoving());
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/**
 * Wait until the whole article is laid out: after the first paint the page lays out its
 * sections past the opening one at a time (src/app/page/deferred-layout.ts), and until then
 * positions below the first screenful are estimates.
 */
export async function waitForFullLayout(page: Page, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await deferredSections(page)).length > 0) {
    if (Date.now() > deadline) throw new Error(`the article was not laid out in ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** The ids of the article's sections still waiting to be laid out (story.css defers them). */
export function deferredSections(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.getElementById('article')?.children ?? [])]
      .filter((section) => getComputedStyle(section).contentVisibility === 'auto')
      .map((section) => section.id),
  );
}

/** Scroll as a reader would, until chapter `id`'s top sits just past the page's trigger line. */
export async function scrollChapterToTrigger(page: Page, id: string): Promise<void> {
  // Where the chapter is, not where an estimate of the sections above it puts it.
  await waitForFullLayout(page);
  await page.evaluate((chapterId) => {
    const step = document.getElementById(chapterId);
    if (!step) throw new Error(`no chapter #${chapterId}`);
    const trigger = window.innerHeight * Number(document.body.dataset.triggerOffset);
    const top = step.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - trigger + 40, behavior: 'instant' });
  }, id);
}

/** Scroll to chapter `id`, then wait for the map to show that chapter and come to rest. */
export async function scrollToChapter(page: Page, id: string, timeout = 30_000): Promise<void> {
  await scrollChapterToTrigger(page, id);
  await page.waitForFunction(
    (chapterId) => document.getElementById('map')?.dataset.chapter === chapterId,
    id,
    { timeout },
  );
  await waitForMapIdle(page, timeout);
}
