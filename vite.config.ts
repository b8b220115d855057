import { defineConfig } from 'vite';
import { readBasemapConfig } from './src/build/node/basemap-config.ts';
import { cspMetaPlugin, devPolicyFrom, policyWith } from './src/build/node/csp.ts';
import { staticMapsPlugin } from './src/build/node/static-maps-plugin.ts';
import { storyPlugin } from './src/build/node/story-plugin.ts';
import { locatorPlugin } from './src/build/node/locator-plugin.ts';
import { themeCssPlugin } from './src/build/node/theme-css-plugin.ts';
import { topojsonPlugin } from './src/build/node/topojson-plugin.ts';
import { trimMaplibreCssPlugin } from './src/build/node/trim-maplibre-css.ts';
import { licensesFile } from './src/build/render/page.ts';

/** Where the site is hosted: `BASE=/story/ npm run build` for https://example.org/story/. */
function siteBase(): string {
  const base = process.env.BASE ?? '/';
  if (!/^\/(.*\/)?$/.test(base))
    throw new Error(`BASE=${base}: a sub-path starts and ends with "/" — e.g. BASE=/story/`);
  return base;
}

/** The optional basemap (`BASEMAP=… npm run build`; see README "Optional basemap"). */
const basemap = readBasemapConfig(process.env);
const policy = policyWith(basemap?.origins ?? []);

export default defineConfig({
  base: siteBase(),
  plugins: [
    storyPlugin(),
    staticMapsPlugin(),
    cspMetaPlugin(policy),
    trimMaplibreCssPlugin(),
    topojsonPlugin(),
    locatorPlugin(),
    themeCssPlugin(),
  ],
  // Null by default: the browser code that draws a basemap is then dead and left out.
  define: { __BASEMAP__: JSON.stringify(basemap?.basemap ?? null) },
  resolve: {
    // MapLibre 5's CSP build: its worker is a file we serve (story-map.ts), not a blob: URL,
    // so the CSP needs no `worker-src blob:`. Every import of 'maplibre-gl' gets this one copy;
    // the types still come from the package (the same API). README "Performance › MapLibre build".
    alias: [{ find: /^maplibre-gl$/, replacement: 'maplibre-gl/dist/maplibre-gl-csp.js' }],
  },
  build: {
    target: 'es2022',
    // The map library is one large chunk by nature; the budget is checked by a test instead.
    chunkSizeWarningLimit: 1500,
    // The licence texts of every bundled package (minification strips their notices).
    license: { fileName: licensesFile },
  },
  server: { host: '127.0.0.1', headers: { 'Content-Security-Policy': devPolicyFrom(policy) } },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': policy } },
});
