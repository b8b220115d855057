import * as maplibregl from 'maplibre-gl';
import type { LayerSpecification, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../styles/map-controls.css';
import { WUHAN_CODE } from '../../shared/codes.ts';
import type { GeoLayers, LngLat } from '../../shared/geo-schema.ts';
import { escapeHtml } from '../../shared/html.ts';
import type {
  BBox,
  CameraTarget,
  MapFeatureRef,
  MapState,
  Script,
  PageStory,
} from '../../shared/model.ts';
import { STORY_LAYER_IDS } from '../../shared/story-layers.ts';
import { mapLocaleFor } from '../../shared/ui-strings.ts';
import { theme } from '../../shared/theme.ts';
import { frameBBox, livePadding } from '../../shared/framing.ts';
import { cameraMove } from './camera.ts';
import { FeatureStates } from './feature-states.ts';
import { LayerSettings } from './layer-settings.ts';
import { cityFilter, storyLayerIds, townshipLabelFilter } from './layers.ts';
import { districtLabelData, storyStyle, wuhanLinkData } from './sources.ts';
import { createOrientation, type Orientation } from './orientation.ts';
import { relabelMap } from './script-labels.ts';
import { StyleGate } from './style-gate.ts';
import { pointerOver } from './layer-listener.ts';
import { giftIds, giftsData } from './gifts-layer.ts';
import { wireGiftPopups } from './gift-popups.ts';

// 'maplibre-gl' is MapLibre 5's CSP build (vite.config.ts): it has no worker of its own (the
// default bundle makes one from a blob: URL, which our CSP refuses); point it at Vite's copy.
maplibregl.setWorkerUrl(maplibreWorkerUrl);

const resizeSettleMs = 150;

export interface StoryMapOptions {
  story: PageStory;
  geo: GeoLayers;
  script: Script;
  /** Jump instead of fly (prefers-reduced-motion). */
  reducedMotion: () => boolean;
  /**
   * The map state the map opens on (the current chapter's), written into the style, so
   * the first `show` changes no filter and the sources are laid out once, not twice.
   */
  initial?: MapState;
}

/**
 * The story's map. Every method may be called at any time: until the style has loaded,
 * the latest request is kept and applied on load, so nothing a reader does early is lost.
 * It decides nothing about places: what to show comes resolved in the story model.
 */
export interface StoryMap {
  /** Show a chapter's map state: camera, highlighted features and layers. */
  show(chapterId: string, state: MapState): void;
  /** Frame a place a reader picked (a text link). */
  focus(target: CameraTarget): void;
  /** Highlight a place while its name in the text is hovered or focused; null clears. */
  hover(feature: MapFeatureRef | null): void;
  setScript(script: Script): void;
  /** Report clicks on a township area or a village dot, by division code. */
  onPlaceClick(handler: (code: string, township?: string) => void): void;
  /** Resolves once the map has drawn its first view and come to rest (its first `idle`). */
  drawn: Promise<void>;
  /** Whether the map is paused: its WebGL context is lost until the browser restores it. */
  readonly paused: boolean;
  /** Call `listener` when the map pauses or is drawn again. */
  onPauseChange(listener: () => void): void;
  /** Call `listener` once, when the map has drawn its style for the first time. */
  onLoad(listener: () => void): void;
}

declare global {
  interface Window {
    /** Measurement and test hook: the MapLibre map, set as soon as it exists. */
    __map?: MaplibreMap;
  }
}

const bboxCentre = (b: BBox): LngLat => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** The district seat's point from geo/places.geojson (where the district name is written). */
function districtSeat(geo: GeoLayers): LngLat | undefined {
  const seat = geo.places.features.find((f) => f.properties.kind === 'district-seat');
  const [lon, lat] = seat?.geometry.coordinates ?? [];
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

/** The MapLibre map with the story's own style, opening on the district, with its controls. */
function createMap(container: HTMLElement, options: StoryMapOptions): MaplibreMap {
  const { story, geo } = options;
  const centre = bboxCentre(story.district.bbox);
  const style = storyStyle(
    geo,
    wuhanLinkData(centre, story.places[WUHAN_CODE]?.point ?? centre),
    options.script,
    districtLabelData(districtSeat(geo) ?? centre, story.district.name),
    giftsData(story.gifts),
  );
  if (options.initial) presetLayers(style.layers, options.initial);
  // The canvas is transparent: where no layer draws (the prefecture, less its counties), the
  // container's colour shows. See the bottom layer in layers.ts.
  container.style.backgroundColor = theme.prefectureFill;
  const map = new maplibregl.Map({
    container,
    style,
    bounds: frameBBox(story.district.bbox),
    fitBoundsOptions: { padding: livePadding(container.clientWidth, container.clientHeight) },
    // One finger scrolls the article, two fingers (or ctrl + wheel) move the map.
    cooperativeGestures: true,
    locale: mapLocaleFor(options.script),
    attributionControl: false,
    fadeDuration: 150,
    // The style is built in code and checked against the style spec by layers.test.ts; not
    // validating it again here saves 60-100 ms of a phone's main thread before the first idle
    // (CPU profiles, 4x slowdown). Later changes (addLayer, setFilter...) are still validated.
    validateStyle: false,
    // Software-rendered and phone GPUs pay per pixel: a 3× screen gets a 2× canvas.
    pixelRatio: Math.min(window.devicePixelRatio, 2),
    maxPitch: 60,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
  map.addControl(
    new maplibregl.AttributionControl({
      compact: true,
      // MapLibre treats attribution as HTML; these lines are text.
      customAttribution: story.attribution.map(escapeHtml),
    }),
    'bottom-right',
  );
  // The compact attribution opens by itself at start; on a phone it would cover half the map,
  // and painted open it becomes the page's largest paint. Close it before it is ever drawn.
  container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  return map;
}

/**
 * Dashed outline of active derived areas (zero width on the others). Hidden in the opening
 * view unless a township is active there, so its program (MapLibre's dashed-line shader) is
 * not compiled before the map's first idle; shown for good once the map has come to rest,
 * so it is compiled while the reader reads. Compiled when a chapter first needed it, it
 * stalled that chapter's flight (a 90 ms shader wait in its first frame, software GL).
 */
const dashedActiveLine = 'township-active-line';

/** Where a chapter's filters and visibility are written: the live map, or a style not yet loaded. */
type LayerSetter = Pick<LayerSettings, 'setFilter' | 'setVisible'>;

/** Writes `state`'s filters and visibility into a style's layers before the map loads it. */
function presetLayers(layers: LayerSpecification[], state: MapState): void {
  const byId = new Map(layers.map((layer) => [layer.id, layer]));
  applyFilters(
    {
      setFilter(id, filter) {
        const layer = byId.get(id);
        if (!layer || layer.type === 'background') return false;
        layer.filter = filter;
        return true;
      },
      setVisible(id, visible) {
        const layer = byId.get(id);
        if (!layer) return false;
        layer.layout = { ...layer.layout, visibility: visible ? 'visible' : 'none' };
        return true;
      },
    },
    state,
    false,
  );
}

/**
 * Filters and layer visibility for a chapter (feature states are set separately).
 * `dashedLineShown`: the dashed outline stays visible whatever the chapter (see above).
 */
function applyFilters(map: LayerSetter, state: MapState, dashedLineShown: boolean): void {
  const ids = (source: MapFeatureRef['source']) =>
    state.highlights.filter((h) => h.source === source).map((h) => h.id);
  const townships = ids('townships');
  map.setFilter('place-label', ['in', ['get', 'id'], ['literal', ids('places')]]);
  map.setFilter('township-label', townshipLabelFilter(townships, false));
  map.setFilter('township-label-active', townshipLabelFilter(townships, true));
  map.setFilter('city-dot', cityFilter(state.cities));
  map.setFilter('city-label', cityFilter(state.cities));
  map.setVisible(dashedActiveLine, dashedLineShown || townships.length > 0);
  for (const storyLayer of STORY_LAYER_IDS) {
    const visible = state.layers.includes(storyLayer);
    for (const id of storyLayerIds[storyLayer]) map.setVisible(id, visible);
  }
}

/** Moves the camera to targets, and frames the last one again when the map is resized. */
function cameraOperator(map: MaplibreMap, container: HTMLElement, reducedMotion: () => boolean) {
  let last: CameraTarget | null = null;
  const move = (target: CameraTarget, animate: boolean): void => {
    last = target;
    const padding = livePadding(container.clientWidth, container.clientHeight);
    const from = {
      center: map.getCenter().toArray(),
      zoom: map.getZoom(),
      width: container.clientWidth,
      height: container.clientHeight,
    };
    const planned = cameraMove(
      target,
      { padding, animate: animate && !reducedMotion(), from },
      (b, o) => map.cameraForBounds(b, o),
    );
    if (planned?.method === 'flyTo') map.flyTo(planned.options);
    else if (planned) map.jumpTo(planned.options);
  };
  return {
    move,
    /** Remember a target without moving (the style has not loaded yet). */
    remember(target: CameraTarget): void {
      last = target;
    },
    reframe(): void {
      if (last) move(last, false);
    },
  };
}

export function createStoryMap(container: HTMLElement, options: StoryMapOptions): StoryMap {
  const map = createMap(container, options);
  window.__map = map;
  if (__BASEMAP__) {
    // Only a build given a basemap has this chunk; the default page loads nothing more.
    const config = __BASEMAP__;
    const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
    import('./basemap.ts')
      .then(({ addBasemap }) => addBasemap(map, config, loaded))
      .catch((error: unknown) => console.warn('Basemap not drawn:', error));
  }
  // A place picked after the chapter (`focus`) frames the camera after the chapter's state.
  const gate = new StyleGate(map, ['script', 'state', 'focus', 'hover']);
  const features = new FeatureStates(map);
  const layerSettings = new LayerSettings(map);
  const camera = cameraOperator(map, container, options.reducedMotion);
  let shownScript = options.script;
  let orientation: Orientation | null = null;
  const giftPopups = wireGiftPopups(map, options.story, () => shownScript);

  // A rotated phone or a resized window keeps centre and zoom; frame the target again.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  map.on('resize', () => {
    clearTimeout(resizeTimer);
    // A flight under way keeps going (cutting it short is a visible jolt); frame again after it.
    const reframe = () => (map.isMoving() ? map.once('moveend', reframe) : camera.reframe());
    resizeTimer = setTimeout(() => gate.ready && reframe(), resizeSettleMs);
  });

  const drawn = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  let dashedLineShown = false;
  void drawn.then(() => {
    dashedLineShown = true;
    layerSettings.setVisible(dashedActiveLine, true);
  });

  const applyState = (chapterId: string, state: MapState, animate: boolean): void => {
    // The camera first: the flight starts before the rest of the chapter's work, which
    // lands in the same frame either way.
    camera.move(state.camera, animate);
    giftPopups.close();
    features.setActive(state.highlights);
    applyFilters(layerSettings, state, dashedLineShown);
    container.dataset.chapter = chapterId;
    orientation ??= createOrientation(map, container, options.story, shownScript);
    orientation.show(state);
  };

  return {
    drawn,
    show(chapterId, state) {
      // A state applied on load, or again on a restored context, is the first view: it jumps there.
      const animate = gate.ready;
      // While the context is lost the pane still says which chapter it stands for.
      if (gate.paused) container.dataset.chapter = chapterId;
      gate.forget('focus');
      gate.run('state', (run) => applyState(chapterId, state, animate && run === 'first'));
    },
    focus(target) {
      const animate = gate.ready;
      if (!animate) camera.remember(target);
      gate.run('focus', (run) => camera.move(target, animate && run === 'first'));
    },
    hover(feature) {
      gate.run('hover', () => features.setHover(feature));
    },
    get paused() {
      return gate.paused;
    },
    onPauseChange(listener) {
      gate.onPauseChange(listener);
    },
    onLoad(listener) {
      map.once('load', () => listener());
    },
    setScript(script) {
      gate.run('script', () => {
        if (script === shownScript) return;
        shownScript = script;
        giftPopups.close();
        relabelMap(map, container, script);
        orientation?.setScript(script);
      });
    },
    onPlaceClick(handler) {
      // A village dot wins over the township area under it.
      const clickable = ['place-dot', 'township-fill'];
      map.on('click', (event: MapMouseEvent) => {
        if (!gate.ready) return;
        // A gift circle opens its own popup (gift-popups.ts); the area under it stays put.
        if (map.queryRenderedFeatures(event.point, { layers: [giftIds.circle] }).length) return;
        const [feature] = map.queryRenderedFeatures(event.point, { layers: clickable });
        const code: unknown = feature?.properties['code'];
        const township: unknown = feature?.properties['township'];
        if (typeof code === 'string') {
          handler(code, typeof township === 'string' ? township : undefined);
        }
      });
      for (const layer of clickable) pointerOver(map, layer);
    },
  };
}
