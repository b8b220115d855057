import { chapters } from 'virtual:baseline-chapters';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import scrollama from 'scrollama';
import townshipsUrl from '../../../geo/townships.geojson?url';
import { setUpWorker } from 'virtual:baseline-worker';
import './style.css';

/**
 * The baseline the project is measured against: what the common story-map template
 * does (one GeoJSON fill + line layer, `flyTo` with MapLibre's default speed and curve
 * per step, no labels), fed the same chapters. Deliberately plain; not shipped.
 */

declare global {
  interface Window {
    __map?: maplibregl.Map;
  }
}

setUpWorker(maplibregl);

const phone = window.matchMedia('(max-width: 768px)').matches;
const offset = phone ? 0.7 : 0.5;
document.body.dataset.triggerOffset = String(offset);

const padding = 40;
const first = chapters[0];
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
  },
  bounds: first?.bounds,
  fitBoundsOptions: { padding, maxZoom: first?.maxZoom ?? 12 },
});
window.__map = map;

map.on('load', () => {
  map.addSource('townships', { type: 'geojson', data: townshipsUrl });
  map.addLayer({
    id: 'townships-fill',
    type: 'fill',
    source: 'townships',
    paint: { 'fill-color': '#c9733a', 'fill-opacity': 0.25 },
  });
  map.addLayer({
    id: 'townships-line',
    type: 'line',
    source: 'townships',
    paint: { 'line-color': '#7a3e16', 'line-width': 1 },
  });
});

const steps = [...document.querySelectorAll<HTMLElement>('.step')];
scrollama()
  .setup({ step: steps, offset })
  .onStepEnter(({ element, index }) => {
    for (const step of steps) step.classList.toggle('is-active', step === element);
    const chapter = chapters[index];
    if (!chapter) return;
    const camera = map.cameraForBounds(chapter.bounds, { padding, maxZoom: chapter.maxZoom });
    if (camera) map.flyTo(camera);
  });
