/**
 * The optional basemap at run time, loaded by dynamic import only when the build was given
 * one (`__BASEMAP__`): fetch the style (or read the PMTiles archive), add its sources and
 * layers under the story's own, and let the story's paper layers give way. Anything that
 * fails is a console warning: the story map goes on without a basemap.
 */
import { addProtocol, type ErrorEvent, type Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapConfig } from '../../shared/basemap.ts';
import { outsidePrefectureLayer } from './layers.ts';
import {
  asStyle,
  basemapAdditions,
  basemapPrefix,
  storyLayersOverBasemap,
  usesPmtiles,
  type BasemapAdditions,
} from './basemap-style.ts';

const warn = (message: string, detail?: unknown): void =>
  console.warn(`Basemap not drawn: ${message}`, ...(detail === undefined ? [] : [detail]));

async function fetchStyle(url: string): Promise<BasemapAdditions> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return basemapAdditions(asStyle(await response.json()), url);
}

/** What the configured basemap adds: from its style, or from its PMTiles archive. */
async function loadAdditions(config: BasemapConfig): Promise<BasemapAdditions> {
  if (config.kind === 'pmtiles') {
    const { archiveAdditions, registerPmtiles } = await import('./basemap-pmtiles.ts');
    registerPmtiles(addProtocol);
    return archiveAdditions(config.url);
  }
  const additions = await fetchStyle(config.url);
  if (usesPmtiles(additions.sources)) {
    const { registerPmtiles } = await import('./basemap-pmtiles.ts');
    registerPmtiles(addProtocol);
  }
  return additions;
}

/**
 * MapLibre reports an `error` event on the console only while nobody listens; this listener
 * keeps that for the story's own errors and turns the basemap's (a missing tile, a bad
 * layer) into warnings.
 */
function warnOnBasemapErrors(map: MaplibreMap, isAdding: () => boolean): void {
  map.on('error', (event: ErrorEvent & { sourceId?: string }) => {
    const fromBasemap = isAdding() || event.sourceId?.startsWith(basemapPrefix) === true;
    if (fromBasemap) warn(event.error?.message ?? 'error', event.error);
    else console.error(event.error);
  });
}

function addToMap(map: MaplibreMap, additions: BasemapAdditions): void {
  for (const [id, source] of Object.entries(additions.sources)) map.addSource(id, source);
  for (const layer of additions.layers) map.addLayer(layer, outsidePrefectureLayer);
  // The story's labels are drawn from local fonts; for CJK they stay local with a glyphs URL.
  if (additions.glyphs) map.setGlyphs(additions.glyphs);
  if (typeof additions.sprite === 'string') map.setSprite(additions.sprite);
  else for (const { id, url } of additions.sprite ?? []) map.addSprite(id, url);
  for (const change of storyLayersOverBasemap) {
    if (!map.getLayer(change.layer)) continue;
    if ('hide' in change) map.setLayoutProperty(change.layer, 'visibility', 'none');
    else map.setPaintProperty(change.layer, change.paint, change.value);
  }
}

/**
 * Draw the configured basemap under the story's layers once the story's style has loaded
 * (`styleLoaded`, taken when the map was created, so the load cannot be missed).
 */
export async function addBasemap(
  map: MaplibreMap,
  config: BasemapConfig,
  styleLoaded: Promise<void>,
): Promise<void> {
  let adding = false;
  warnOnBasemapErrors(map, () => adding);
  let additions: BasemapAdditions;
  try {
    additions = await loadAdditions(config);
  } catch (error) {
    warn(config.url, error);
    return;
  }
  await styleLoaded;
  adding = true;
  try {
    addToMap(map, additions);
  } catch (error) {
    warn('its sources or layers could not be added', error);
  } finally {
    adding = false;
  }
}
