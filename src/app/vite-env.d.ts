/// <reference types="vite/client" />

declare module 'virtual:story' {
  import type { Story } from '../shared/model.ts';
  const story: Story;
  export default story;
}

/**
 * The basemap the build was given (`BASEMAP=…`, vite.config.ts `define`), or null: then the
 * code that draws one is dead and left out of the bundle.
 */
declare const __BASEMAP__: import('../shared/basemap.ts').BasemapConfig | null;
