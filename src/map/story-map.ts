import * as maplibregl from 'maplibre-gl';
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Script, Story, StoryLayerId, StoryPlace } from '../story/model.ts';
import { cameraPadding, frameBBox } from './camera.ts';
import { mapLocaleFor } from '../i18n/strings.ts';
import { labelFonts } from './theme.ts';
import {
  cityFilter,
  districtLabelData,
  townshipLabelFilter,
  nameField,
  sourceIds,
  storyLayerIds,
  storyStyle,
  wuhanLinkData,
  type StoryGeo,
} from './layers.ts';
import type { MapState } from './map-state.ts';

// MapLibre 6 finds its worker next to its own module, which a bundle moves; point it at Vite's copy.
maplibregl.setWorkerUrl(maplibreWorkerUrl);

const flyDurationMs = 1800;

export interface StoryMapOptions {
  story: Story;
  geo: StoryGeo;
  script: Script;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion: () => boolean;
}

/** The story's map: shows a chapter's state, switches label script, reports clicks on townships. */
export interface StoryMap {
  readonly map: MaplibreMap;
  /** Resolves once sources and layers are ready. */
  readonly ready: Promise<void>;
  /** Show a chapter: camera, highlighted features and layers. */
  show(state: MapState): void;
  /** Frame one place (a text link was clicked). */
  focusPlace(place: StoryPlace): void;
  /** Highlight a place while its name in the text is hovered or focused; null clears. */
  hoverPlace(place: StoryPlace | null): void;
  setScript(script: Script): void;
  /** Report clicks on a township area or a village dot, by division code. */
  onPlaceClick(handler: (code: string, township?: string) => void): void;
}

declare global {
  interface Window {
    /** Measurement and test hook: the MapLibre map, set as soon as it exists. */
    __map?: MaplibreMap;
  }
}

/** The district seat's point from geo/places.geojson (where the district name is written). */
function districtSeat(geo: StoryGeo): [number, number] | undefined {
  const seat = geo.places.features.find((f) => f.properties?.['kind'] === 'district-seat');
  return seat?.geometry.type === 'Point'
    ? (seat.geometry.coordinates as [number, number])
    : undefined;
}

export function createStoryMap(container: HTMLElement, options: StoryMapOptions): StoryMap {
  const { story, geo } = options;
  const wuhan = story.places['420100']?.point;
  const luquan = story.places['130110'];
  const linkFrom: [number, number] = luquan
    ? [(luquan.bbox[0] + luquan.bbox[2]) / 2, (luquan.bbox[1] + luquan.bbox[3]) / 2]
    : [114.3, 38.08];
  const link = wuhanLinkData(linkFrom, wuhan ?? linkFrom);

  const map = new maplibregl.Map({
    container,
    style: storyStyle(
      geo,
      link,
      options.script,
      districtLabelData(
        districtSeat(geo) ?? linkFrom,
        luquan?.name ?? { hant: '鹿泉區', hans: '鹿泉区' },
      ),
    ),
    bounds: frameBBox(luquan?.bbox ?? story.bounds),
    fitBoundsOptions: { padding: cameraPadding(container.clientWidth, container.clientHeight) },
    // One finger scrolls the article, two fingers (or ctrl + wheel) move the map.
    cooperativeGestures: true,
    locale: mapLocaleFor(options.script),
    attributionControl: false,
    fadeDuration: 150,
    maxPitch: 60,
  });
  window.__map = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
  map.addControl(
    new maplibregl.AttributionControl({ compact: true, customAttribution: story.attribution }),
    'bottom-right',
  );
  // The compact attribution opens by itself at start; on a phone it would cover half the
  // map. It stays one tap away, and the credits at the end of the article list every line.
  map.once('load', () =>
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'),
  );

  const activeIds = {
    townships: new Set<string>(),
    townshipLabels: new Set<string>(),
    places: new Set<string>(),
    context: new Set<string>(),
  };
  let hovered: { source: string; id: string } | null = null;
  let pending: MapState | null = null;

  const ready = new Promise<void>((resolve) => {
    map.once('load', () => {
      if (pending) apply(pending, false);
      resolve();
    });
  });

  function setActive(source: keyof typeof activeIds, ids: Iterable<string>): void {
    const next = new Set(ids);
    for (const id of activeIds[source]) {
      if (!next.has(id)) map.setFeatureState({ source: sourceIds[source], id }, { active: false });
    }
    for (const id of next) map.setFeatureState({ source: sourceIds[source], id }, { active: true });
    activeIds[source] = next;
  }

  function showLayers(layers: readonly StoryLayerId[]): void {
    for (const [storyLayer, layerIds] of Object.entries(storyLayerIds) as [
      StoryLayerId,
      string[],
    ][]) {
      const visibility = layers.includes(storyLayer) ? 'visible' : 'none';
      for (const id of layerIds) map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  function moveCamera(
    state: Pick<MapState, 'bounds' | 'maxZoom' | 'hint'>,
    animate: boolean,
  ): void {
    const duration = animate && !options.reducedMotion() ? flyDurationMs : 0;
    const padding = cameraPadding(container.clientWidth, container.clientHeight);
    const hint = state.hint ?? {};
    const bearing = hint.bearing ?? 0;
    const pitch = hint.pitch ?? 0;
    if (hint.center && hint.zoom !== undefined) {
      const camera = { center: hint.center, zoom: hint.zoom, bearing, pitch, padding };
      if (duration) map.flyTo({ ...camera, duration, essential: false });
      else map.jumpTo(camera);
      return;
    }
    const bounds = frameBBox(state.bounds);
    const camera = map.cameraForBounds(bounds, { padding, maxZoom: state.maxZoom, bearing });
    if (!camera) return;
    const target = {
      ...camera,
      ...(hint.zoom !== undefined ? { zoom: hint.zoom } : {}),
      ...(hint.center ? { center: hint.center } : {}),
      pitch,
    };
    if (duration) map.flyTo({ ...target, duration, essential: false });
    else map.jumpTo(target);
  }

  function apply(state: MapState, animate: boolean): void {
    setActive('townships', state.townships);
    setActive('townshipLabels', state.townships);
    setActive('places', state.places);
    setActive('context', state.district ? ['130110'] : []);
    map.setFilter('place-label', ['in', ['get', 'id'], ['literal', state.places]]);
    map.setFilter('township-label', townshipLabelFilter(state.townships, false));
    map.setFilter('township-label-active', townshipLabelFilter(state.townships, true));
    map.setFilter('city-dot', cityFilter(state.cities));
    map.setFilter('city-label', cityFilter(state.cities));
    showLayers(state.layers);
    container.dataset.chapter = state.chapterId;
    moveCamera(state, animate);
  }

  function hoverTarget(place: StoryPlace): { source: string; id: string } {
    if (place.resolvedAs === 'point' && place.kind !== 'city')
      return { source: sourceIds.places, id: place.code };
    if (place.resolvedAs === 'township')
      return { source: sourceIds.townships, id: place.townshipCode ?? place.code };
    return { source: sourceIds.context, id: '130110' };
  }

  return {
    map,
    ready,
    show(state) {
      if (!map.loaded() && !map.isStyleLoaded()) {
        pending = state;
        return;
      }
      apply(state, true);
    },
    focusPlace(place) {
      moveCamera({ bounds: place.bbox, maxZoom: place.resolvedAs === 'point' ? 13 : 12 }, true);
    },
    hoverPlace(place) {
      if (hovered) map.setFeatureState(hovered, { hover: false });
      hovered = place ? hoverTarget(place) : null;
      if (hovered) map.setFeatureState(hovered, { hover: true });
    },
    setScript(script) {
      // MapLibre reads its locale once; relabel what it already drew.
      const locale = mapLocaleFor(script);
      map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
      const titled: [string, string][] = [
        ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
        ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
        ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
      ];
      for (const [selector, key] of titled) {
        const el = container.querySelector(selector);
        el?.setAttribute('title', locale[key] ?? '');
        el?.setAttribute('aria-label', locale[key] ?? '');
      }
      for (const layer of [
        'township-label',
        'township-label-active',
        'district-label',
        'place-label',
        'city-label',
      ]) {
        map.setLayoutProperty(layer, 'text-field', nameField(script));
        map.setLayoutProperty(layer, 'text-font', [...labelFonts[script]]);
      }
    },
    onPlaceClick(handler) {
      // A village dot wins over the township area under it.
      const clickable = ['place-dot', 'township-fill'];
      map.on('click', (event: MapMouseEvent) => {
        const [feature] = map.queryRenderedFeatures(event.point, { layers: clickable });
        const code: unknown = feature?.properties['code'];
        const township: unknown = feature?.properties['township'];
        if (typeof code === 'string')
          handler(code, typeof township === 'string' ? township : undefined);
      });
      for (const layer of clickable) {
        map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
        map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
      }
    },
  };
}
