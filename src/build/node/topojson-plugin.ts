import { readFile } from 'node:fs/promises';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Plugin } from 'vite';

/** Query that asks for a GeoJSON file as a TopoJSON asset's URL: `x.geojson?topojson`. */
const query = '?topojson';

/**
 * The quantisation grid's step, degrees: about 5 m, under half a pixel at the story's
 * closest zoom (13, where a pixel is about 7.5 m at Luquan's latitude).
 */
const gridStepDegrees = 5e-5;

/** The widest side of a collection's box, degrees. */
function span(collection: FeatureCollection): number {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      [w, e] = [Math.min(w, value[0]), Math.max(e, value[0])];
      [s, n] = [Math.min(s, value[1]), Math.max(n, value[1])];
    } else value.forEach(visit);
  };
  for (const f of collection.features)
    if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Math.max(e - w, n - s, 0);
}

/**
 * A GeoJSON FeatureCollection as TopoJSON: borders the outlines share are stored once, and
 * coordinates are quantised (see {@link gridStepDegrees}) and delta-coded: the context
 * outlines gzip to under half their GeoJSON size.
 */
export function toTopojson(name: string, collection: FeatureCollection): string {
  const quantization = Math.max(2, Math.ceil(span(collection) / gridStepDegrees) + 1);
  return JSON.stringify(topology({ [name]: collection }, quantization));
}

/**
 * Vite plugin: `import url from './x.geojson?topojson'` gives the URL of the file as
 * TopoJSON in the build (a hashed asset `x-<hash>.topojson`); the dev server serves the
 * GeoJSON itself. The page reads both (src/app/map/fetch-geo.ts). geo/ keeps the GeoJSON:
 * the build's static maps and checks use it at full precision.
 */
export function topojsonPlugin(): Plugin {
  let isBuild = false;
  return {
    name: 'luquan-topojson',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async load(id) {
      if (!id.endsWith(`.geojson${query}`)) return null;
      const file = id.slice(0, -query.length);
      if (!isBuild) return `export { default } from ${JSON.stringify(`${file}?url`)};`;
      this.addWatchFile(file);
      const collection = JSON.parse(await readFile(file, 'utf8')) as FeatureCollection;
      const name = file.replace(/^.*[\\/]/, '').replace(/\.geojson$/, '');
      const ref = this.emitFile({
        type: 'asset',
        name: `${name}.topojson`,
        source: toTopojson(name, collection),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
