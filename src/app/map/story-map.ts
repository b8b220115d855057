import * as maplibregl from 'maplibre-gl';
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { escapeHtml } from '../../shared/story-html.ts';
import { mapLocaleFor } from '../../shared/ui-strings.ts';
import { DISTRICT_CODE, WUHAN_CODE } from '../../shared/codes.ts';
import type {
  BBox,
  CameraHint,
  Script,
  Story,
  StoryLayerId,
  StoryPlace,
} from '../../shared/model.ts';
import { cameraPadding, frameBBox } from './camera.ts';
import {
  cityFilter,
  districtLabelData,
  nameField,
  sourceIds,
  storyLayerIds,
  storyStyle,
  townshipLabelFilter,
  wuhanLinkData,
  type StoryGeo,
} from './layers.ts';
import type { MapState } from '../../build/story/map-state.ts';
import { labelFonts } from '../../shared/theme.ts';

// MapLibre 6 finds its worker next to its own module, which a bundle moves; point it at Vite's copy.
maplibregl.setWorkerUrl(maplibreWorkerUrl);

const flyDurationMs = 1800;
const resizeSettleMs = 150;

export interface StoryMapOptions {
  story: Story;
  geo: StoryGeo;
  script: Script;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion: () => boolean;
}

/**
 * The story's map. Every method may be called at any time: until the style has loaded,
 * the latest request is kept and applied on load, so nothing a reader does early is lost.
 */
export interface StoryMap {
  /** Show a chapter: camera, highlighted features and layers. */
  show(state: MapState): void;
  /** Frame one place (a text link was used). */
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

/** Whether this browser can draw the map at all (MapLibre needs WebGL). */
export function canDrawMap(): boolean {
  const canvas = document.createElement('canvas');
  return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

/** The district seat's point from geo/places.geojson (where the district name is written). */
function districtSeat(geo: StoryGeo): [number, number] | undefined {
  const seat = geo.places.features.find((f) => f.properties?.['kind'] === 'district-seat');
  return seat?.geometry.type === 'Point'
    ? (seat.geometry.coordinates as [number, number])
    : undefined;
}

const bboxCentre = (b: BBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** What the camera frames: a chapter's target or a place a reader picked. */
interface CameraTarget {
  bounds: BBox;
  maxZoom: number;
  hint?: CameraHint;
}

export function createStoryMap(container: HTMLElement, options: StoryMapOptions): StoryMap {
  const { story, geo } = options;
  const luquan = story.places[DISTRICT_CODE];
  const luquanCentre = luquan ? bboxCentre(luquan.bbox) : bboxCentre(story.bounds);
  const link = wuhanLinkData(luquanCentre, story.places[WUHAN_CODE]?.point ?? luquanCentre);
  const districtName = luquan?.name ?? { hant: '鹿泉區', hans: '鹿泉区' };

  const map = new maplibregl.Map({
    container,
    style: storyStyle(
      geo,
      link,
      options.script,
      districtLabelData(districtSeat(geo) ?? luquanCentre, districtName),
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
    new maplibregl.AttributionControl({
      compact: true,
      // MapLibre treats attribution as HTML; these lines are text.
      customAttribution: story.attribution.map(escapeHtml),
    }),
    'bottom-right',
  );

  // Requests made before the style has loaded; applied, latest first, on load.
  let styleReady = false;
  let pendingState: MapState | null = null;
  let pendingScript: Script | null = null;
  let shownScript = options.script;
  let lastTarget: CameraTarget | null = null;

  const active = {
    townships: new Set<string>(),
    places: new Set<string>(),
    context: new Set<string>(),
  };
  let hovered: { source: string; id: string } | null = null;

  map.once('load', () => {
    styleReady = true;
    // The compact attribution opens by itself at start; on a phone it would cover half the map.
    container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    if (pendingScript) applyScript(pendingScript);
    if (pendingState) applyState(pendingState, false);
    pendingScript = null;
    pendingState = null;
  });

  // A rotated phone or a resized window keeps centre and zoom; frame the target again.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  map.on('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (styleReady && lastTarget) moveCamera(lastTarget, false);
    }, resizeSettleMs);
  });

  function setActive(source: keyof typeof active, ids: Iterable<string>): void {
    const next = new Set(ids);
    for (const id of active[source]) {
      if (!next.has(id)) map.setFeatureState({ source: sourceIds[source], id }, { active: false });
    }
    for (const id of next) map.setFeatureState({ source: sourceIds[source], id }, { active: true });
    active[source] = next;
  }

  function showLayers(layers: readonly StoryLayerId[]): void {
    const entries = Object.entries(storyLayerIds) as [StoryLayerId, string[]][];
    for (const [storyLayer, layerIds] of entries) {
      const visibility = layers.includes(storyLayer) ? 'visible' : 'none';
      for (const id of layerIds) map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  function moveCamera(target: CameraTarget, animate: boolean): void {
    lastTarget = target;
    const duration = animate && !options.reducedMotion() ? flyDurationMs : 0;
    const padding = cameraPadding(container.clientWidth, container.clientHeight);
    const hint = target.hint ?? {};
    const bearing = hint.bearing ?? 0;
    const pitch = hint.pitch ?? 0;
    let camera;
    if (hint.center && hint.zoom !== undefined) {
      camera = { center: hint.center, zoom: hint.zoom, bearing, pitch, padding };
    } else {
      const framed = map.cameraForBounds(frameBBox(target.bounds), {
        padding,
        maxZoom: target.maxZoom,
        bearing,
      });
      if (!framed) return;
      camera = {
        ...framed,
        ...(hint.zoom !== undefined ? { zoom: hint.zoom } : {}),
        ...(hint.center ? { center: hint.center } : {}),
        pitch,
      };
    }
    if (duration) map.flyTo({ ...camera, duration, essential: false });
    else map.jumpTo(camera);
  }

  function applyState(state: MapState, animate: boolean): void {
    setActive('townships', state.townships);
    setActive('places', state.places);
    setActive('context', state.district ? [DISTRICT_CODE] : []);
    map.setFilter('place-label', ['in', ['get', 'id'], ['literal', state.places]]);
    map.setFilter('township-label', townshipLabelFilter(state.townships, false));
    map.setFilter('township-label-active', townshipLabelFilter(state.townships, true));
    map.setFilter('city-dot', cityFilter(state.cities));
    map.setFilter('city-label', cityFilter(state.cities));
    showLayers(state.layers);
    container.dataset.chapter = state.chapterId;
    moveCamera(state, animate);
  }

  function applyScript(script: Script): void {
    shownScript = script;
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
  }

  function hoverTarget(place: StoryPlace): { source: string; id: string } {
    if (place.resolvedAs === 'point' && place.kind !== 'city') {
      return { source: sourceIds.places, id: place.code };
    }
    if (place.resolvedAs === 'township') {
      return { source: sourceIds.townships, id: place.townshipCode ?? place.code };
    }
    return { source: sourceIds.context, id: DISTRICT_CODE };
  }

  return {
    show(state) {
      if (styleReady) applyState(state, true);
      else pendingState = state;
    },
    focusPlace(place) {
      const target = { bounds: place.bbox, maxZoom: place.resolvedAs === 'point' ? 13 : 12 };
      if (styleReady) moveCamera(target, true);
      else lastTarget = target;
    },
    hoverPlace(place) {
      if (!styleReady) return; // a hover before the map exists has nothing to show
      if (hovered) map.setFeatureState(hovered, { hover: false });
      hovered = place ? hoverTarget(place) : null;
      if (hovered) map.setFeatureState(hovered, { hover: true });
    },
    setScript(script) {
      if (script === shownScript && !pendingScript) return;
      if (styleReady) applyScript(script);
      else pendingScript = script;
    },
    onPlaceClick(handler) {
      // A village dot wins over the township area under it.
      const clickable = ['place-dot', 'township-fill'];
      map.on('click', (event: MapMouseEvent) => {
        if (!styleReady) return;
        const [feature] = map.queryRenderedFeatures(event.point, { layers: clickable });
        const code: unknown = feature?.properties['code'];
        const township: unknown = feature?.properties['township'];
        if (typeof code === 'string') {
          handler(code, typeof township === 'string' ? township : undefined);
        }
      });
      for (const layer of clickable) {
        map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
        map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
      }
    },
  };
}
