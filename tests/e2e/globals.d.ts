import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** The page's MapLibre map (see src/map/story-map.ts). */
    __map?: Map;
    /** Set by the browser tests (tests/e2e/browser.ts): reports a CSP violation to the test. */
    __reportCspViolation?: (text: string) => Promise<void>;
  }
}
