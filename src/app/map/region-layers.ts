/**
 * Regional context in the main map: the Hutuo river and Huangbizhuang reservoir at
 * district zooms, province outlines and names in wide views. Each file is fetched only
 * when first needed (the provinces only once a chapter's view is wide), and the layers
 * write their paint per feature (program-variants.ts) so they share the story layers'
 * GL programs instead of compiling their own.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LayerSpecification, Map as MaplibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import waterUrl from '../../../geo/region-water.geojson?topojson';
import provincesUrl from '../../../geo/region-provinces.geojson?topojson';
import type { RegionLayers } from '../../shared/geo-schema.ts';
import type { MapState, Script } from '../../shared/model.ts';
import { labelFonts, theme } from '../../shared/theme.ts';
import { geoCollection } from './fetch-geo.ts';
import { nameField } from './layers.ts';
import { perFeature } from './program-variants.ts';

/** Colours of the regional context (water in muted blues that sit under the story's accent). */
export const regionTheme = {
  water: '#7fa7c2',
  waterFill: '#c5d9e6',
  waterText: '#2f5f80',
  provinceLine: '#9a8a70',
} as const;

/** A view wider than this (degrees) is "wide": provinces are drawn. */
const wideSpanDegrees = 1;

/** Whether a chapter's map state frames more than the district (the provinces matter). */
export function isWideView(state: MapState): boolean {
  const [w, s, e, n] = state.camera.bounds;
  return e - w > wideSpanDegrees || n - s > wideSpanDegrees;
}

/** Zoom below which provinces show, above which water shows: they never meet on screen. */
const provinceMaxZoom = 7.5;
const waterMinZoom = 8;

/** The label layers this module adds, relabelled when the script changes. @internal */
export const regionLabelLayers = ['water-label', 'reservoir-label', 'province-label'] as const;

/** Province label points from each province's `label` property. */
function provinceLabelPoints(provinces: RegionLayers['provinces']): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { properties: p } of provinces.features) {
    if (p.kind !== 'province') continue;
    features.push({
      type: 'Feature',
      properties: { code: p.code, name_hans: p.name_hans, name_hant: p.name_hant },
      geometry: { type: 'Point', coordinates: p.label },
    });
  }
  return { type: 'FeatureCollection', features };
}

function textLayout(script: Script, size: number) {
  return {
    'text-field': nameField(script),
    'text-font': [...labelFonts[script]],
    'text-size': size,
  };
}

/** The water layers, drawn above the township areas and below their outlines. @internal */
export function waterLayers(script: Script): LayerSpecification[] {
  return [
    {
      id: 'reservoir-fill',
      type: 'fill',
      source: 'region-water',
      minzoom: waterMinZoom,
      filter: ['==', ['get', 'kind'], 'reservoir'],
      paint: {
        'fill-color': perFeature(regionTheme.waterFill),
        'fill-opacity': perFeature(1),
        // reservoir-line draws the edge: a fill outline would cost a program of its own.
        'fill-antialias': false,
      },
    },
    waterLine('reservoir', 1),
    waterLine('river', 2),
    {
      ...waterLabel('river', waterMinZoom),
      layout: {
        ...textLayout(script, 12),
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-letter-spacing': 0.3,
      },
    },
    {
      ...waterLabel('reservoir', waterMinZoom + 1),
      layout: { ...textLayout(script, 11), 'text-max-width': 8 },
    },
  ];
}

/** The edge of a reservoir or a river's course, `width` px. */
function waterLine(kind: 'reservoir' | 'river', width: number): LayerSpecification {
  return {
    id: `${kind}-line`,
    type: 'line',
    source: 'region-water',
    minzoom: waterMinZoom,
    filter: ['==', ['get', 'kind'], kind],
    paint: { 'line-color': perFeature(regionTheme.water), 'line-width': perFeature(width) },
  };
}

/** A water name, in the water's text colour on the map's halo (its layout is the caller's). */
function waterLabel(kind: 'reservoir' | 'river', minzoom: number) {
  return {
    id: kind === 'river' ? 'water-label' : 'reservoir-label',
    type: 'symbol',
    source: 'region-water',
    minzoom,
    filter: ['==', ['get', 'kind'], kind],
    paint: {
      'text-color': regionTheme.waterText,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': 1.5,
    },
  } satisfies Omit<SymbolLayerSpecification, 'layout'>;
}

/** The province outline and names, drawn under everything of the story. @internal */
export function provinceLayers(script: Script): LayerSpecification[] {
  return [
    {
      id: 'province-line',
      type: 'line',
      source: 'region-provinces',
      maxzoom: provinceMaxZoom,
      filter: ['==', ['get', 'kind'], 'province-outline'],
      paint: { 'line-color': perFeature(regionTheme.provinceLine), 'line-width': perFeature(1) },
    },
    {
      id: 'province-label',
      type: 'symbol',
      source: 'region-province-labels',
      maxzoom: provinceMaxZoom,
      layout: { ...textLayout(script, 13), 'text-letter-spacing': 0.2 },
      paint: {
        'text-color': theme.labelMuted,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

async function fetchCollection(url: string): Promise<RegionLayers['water']> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data = geoCollection(await response.json());
  if (!data) throw new Error(`${url}: not a GeoJSON FeatureCollection`);
  return data as RegionLayers['water'];
}

/** Fetches the water file once: started with the story's own data, added when the map has loaded. */
let waterPromise: Promise<RegionLayers['water']> | undefined;
export function loadWater(): Promise<RegionLayers['water']> {
  waterPromise ??= fetchCollection(waterUrl);
  return waterPromise;
}

/** Fetches the provinces file once, when a chapter's view is first wide. */
let provincesPromise: Promise<RegionLayers['provinces']> | undefined;
function loadProvinces(): Promise<RegionLayers['provinces']> {
  provincesPromise ??= fetchCollection(provincesUrl);
  return provincesPromise;
}

/** Adds the region's layers to a loaded map as chapters need them. */
export interface RegionContext {
  /** Called with each chapter's state (after the style has loaded). */
  show(state: MapState): void;
  setScript(script: Script): void;
}

/** The regional context for `map` (its style must have loaded). */
export function regionContext(map: MaplibreMap, initialScript: Script): RegionContext {
  let script = initialScript;
  const addLayers = (layers: LayerSpecification[], beforeId: string | undefined) => {
    for (const layer of layers) {
      map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
    }
  };
  const report = (error: unknown) => console.warn('Regional context unavailable.', error);

  // The water is small and shows at the district zooms most chapters use.
  void loadWater()
    .then((water) => {
      map.addSource('region-water', { type: 'geojson', data: water });
      addLayers(waterLayers(script), 'township-line');
    })
    .catch(report);

  let provincesAdded = false;
  const addProvinces = () => {
    if (provincesAdded) return;
    provincesAdded = true;
    void loadProvinces()
      .then((provinces) => {
        map.addSource('region-provinces', { type: 'geojson', data: provinces });
        map.addSource('region-province-labels', {
          type: 'geojson',
          data: provinceLabelPoints(provinces),
        });
        // Outlines under the district, names under the story's own labels.
        const [line, label] = provinceLayers(script);
        if (line) addLayers([line], 'district-fill');
        if (label) addLayers([label], 'township-label');
      })
      .catch(report);
  };

  return {
    show(state) {
      if (isWideView(state)) addProvinces();
    },
    setScript(next) {
      script = next;
      for (const id of regionLabelLayers) {
        if (!map.getLayer(id)) continue; // not loaded yet: it is added in the current script
        map.setLayoutProperty(id, 'text-field', nameField(script));
        map.setLayoutProperty(id, 'text-font', [...labelFonts[script]]);
      }
    },
  };
}
