import { readFile } from 'node:fs/promises';
import path from 'node:path';
import simplify from '@turf/simplify';
import truncate from '@turf/truncate';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Plugin } from 'vite';
import type { RegionLayers } from '../../shared/geo-schema.ts';
import type { LocatorOutline } from '../../shared/locator-outline.ts';

const virtualId = 'virtual:locator-outline';
const resolvedId = `\0${virtualId}`;

/**
 * Degrees the locator's lines may move when simplified, and the decimals kept: the inset
 * is 160 px wide for about 14° of longitude (~0.09° a pixel), so lines move under a pixel.
 */
const toleranceDegrees = 0.08;
const decimals = 2;

/**
 * The locator inset's lines (the province borders, Hebei's area) at the inset's own
 * resolution, from geo/region-provinces.geojson: the inset draws at once from the bundle,
 * and the provinces file loads only when a chapter's view is wide enough to show it.
 */
export function locatorOutline(provinces: RegionLayers['provinces']): LocatorOutline {
  let outline: Position[][] = [];
  let hebei: Position[][][] = [];
  for (const f of provinces.features) {
    const g = f.geometry;
    if (f.properties.kind === 'province-outline' && g.type === 'MultiLineString')
      outline = reduce<MultiLineString>(g).coordinates;
    if (f.properties.kind === 'province' && f.properties.code === '130000') {
      const polygons: MultiPolygon =
        g.type === 'Polygon'
          ? { type: 'MultiPolygon', coordinates: [g.coordinates] }
          : g.type === 'MultiPolygon'
            ? g
            : { type: 'MultiPolygon', coordinates: [] };
      hebei = reduce<MultiPolygon>(polygons).coordinates;
    }
  }
  return { outline, hebei };
}

function reduce<G extends MultiLineString | MultiPolygon>(geometry: G): G {
  const simple = simplify(structuredClone(geometry), { tolerance: toleranceDegrees, mutate: true });
  return truncate(simple, { precision: decimals, coordinates: 2, mutate: true });
}

/** Vite plugin: serves {@link locatorOutline} of the built provinces as `virtual:locator-outline`. */
export function locatorPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'luquan-locator-outline',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    async load(id) {
      if (id !== resolvedId) return undefined;
      const file = path.join(root, 'geo/region-provinces.geojson');
      this.addWatchFile(file);
      const provinces = JSON.parse(await readFile(file, 'utf8')) as RegionLayers['provinces'];
      return `export default ${JSON.stringify(locatorOutline(provinces))};`;
    },
  };
}
