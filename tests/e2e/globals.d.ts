import type { AxeResults, RunOptions } from 'axe-core';
import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** The page's MapLibre map (see src/app/map/story-map.ts). */
    __map?: Map;
    /** axe-core, when an accessibility test has evaluated its source in the page. */
    axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    /** Set by the browser tests (tests/support/browser.ts): reports a CSP violation to the test. */
    __reportCspViolation?: (text: string) => Promise<void>;
    /** Set by deferred-layout.e2e: whether the article still waited at the first paint. */
    __deferred?: { pendingAtFirstPaint: boolean | null };
  }
}
