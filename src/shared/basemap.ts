/**
 * The optional basemap a build is given (`BASEMAP=… npm run build`): read and checked at
 * build time (src/build/node/basemap-config.ts), handed to the browser as `__BASEMAP__`.
 */
export interface BasemapConfig {
  /**
   * `style`: a MapLibre style JSON at `url`, drawn under the story's own layers.
   * `pmtiles`: a PMTiles archive at `url` (http/https, without the `pmtiles://` prefix).
   */
  kind: 'style' | 'pmtiles';
  url: string;
}
