import type { BasemapConfig } from '../shared/basemap.ts';

declare global {
  /**
   * The basemap the build was given (`BASEMAP=…`, vite.config.ts `define`), or null: then the
   * code that draws one is dead and left out of the bundle.
   */
  const __BASEMAP__: BasemapConfig | null;
}
