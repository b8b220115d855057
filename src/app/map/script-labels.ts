import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Script } from '../../shared/model.ts';
import { labelFonts } from '../../shared/theme.ts';
import { mapLocaleFor } from '../../shared/ui-strings.ts';
import { nameField } from './layers.ts';

/** Layers that write place names, relabelled when the script changes. */
const labelLayers = [
  'township-label',
  'township-label-active',
  'district-label',
  'place-label',
  'city-label',
  'gift-label',
];

/** MapLibre's controls, by selector, and the locale key of each one's title. */
const controlTitles: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
];

/** Write the map's labels and its controls' titles in `script` (the style must have loaded). */
export function relabelMap(map: MaplibreMap, container: HTMLElement, script: Script): void {
  for (const layer of labelLayers) {
    map.setLayoutProperty(layer, 'text-field', nameField(script));
    map.setLayoutProperty(layer, 'text-font', [...labelFonts[script]]);
  }
  // MapLibre reads its locale once; relabel what it already drew.
  const locale = mapLocaleFor(script);
  map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
  for (const [selector, key] of controlTitles) {
    const el = container.querySelector(selector);
    el?.setAttribute('title', locale[key] ?? '');
    el?.setAttribute('aria-label', locale[key] ?? '');
  }
}
