/**
 * The locator inset: a small SVG overview of the provinces around Hebei with Luquan (and
 * Shijiazhuang, or Wuhan in the closing chapter) marked, and a box for what the main map
 * shows. An SVG drawn once, not a second WebGL map: moving the box is a few lines of the
 * same Web Mercator maths MapLibre uses.
 */
import type { Position } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BBox, Bilingual, LngLat, MapState, Script } from '../../shared/model.ts';
import type { LocatorOutline } from '../../shared/locator-outline.ts';
import { theme } from '../../shared/theme.ts';
import { regionTheme } from './region-layers.ts';

const svgNs = 'http://www.w3.org/2000/svg';

/** Web Mercator's latitude limit (MapLibre's too). */
const maxLat = 85.051129;

/** Web Mercator (as MapLibre): lon/lat → unit square, y down. @internal */
export function mercator([lon, lat]: LngLat): [number, number] {
  const phi = (Math.max(-maxLat, Math.min(maxLat, lat)) * Math.PI) / 180;
  return [(lon + 180) / 360, (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2];
}

/** Projects lon/lat into an SVG box of `width` px framing `frame`. @internal */
export function locatorProjection(frame: BBox, width: number) {
  const [x0, y0] = mercator([frame[0], frame[3]]);
  const [x1, y1] = mercator([frame[2], frame[1]]);
  const scale = width / (x1 - x0);
  return {
    width,
    height: (y1 - y0) * scale,
    project(p: LngLat): [number, number] {
      const [x, y] = mercator(p);
      return [(x - x0) * scale, (y - y0) * scale];
    },
  };
}

/** Where the inset's marks go. */
export interface LocatorPlaces {
  luquan: LngLat;
  shijiazhuang?: LngLat;
  wuhan?: LngLat;
}

/** The locator: its element, and what keeps it in step with the map. */
export interface Locator {
  element: HTMLElement;
  show(state: MapState): void;
  setScript(script: Script): void;
}

const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string>) => {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

const fixed = (n: number) => n.toFixed(1);

/** Creates the locator for `map`, drawn from `lines` (made at build time, see locator-plugin.ts). */
export function createLocator(
  map: MaplibreMap,
  places: LocatorPlaces,
  title: Bilingual,
  initialScript: Script,
  lines: LocatorOutline,
): Locator {
  const element = document.createElement('figure');
  element.className = 'map-locator';
  element.setAttribute('role', 'img');
  element.hidden = true;
  let script = initialScript;
  const label = () => element.setAttribute('aria-label', title[script]);
  label();

  const width = 160;
  const svg = el('svg', { class: 'map-locator-svg', 'aria-hidden': 'true' });
  const box = el('rect', { class: 'map-locator-box', fill: 'none', stroke: theme.accent });
  const wuhan = el('circle', { r: '3', fill: theme.accent, stroke: theme.placeDotStroke });
  let project: ((p: LngLat) => [number, number]) | undefined;
  let height = 0;

  const moveBox = () => {
    if (!project) return;
    const b = map.getBounds();
    const [x0, y0] = project([b.getWest(), b.getNorth()]);
    const [x1, y1] = project([b.getEast(), b.getSouth()]);
    // A district view is a few pixels here: keep the box visible around its centre.
    const min = 6;
    const w = Math.max(min, x1 - x0);
    const h = Math.max(min, y1 - y0);
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    // A view wider than the inset (the closing chapter) is clipped to it, so the box's
    // sides stay on screen instead of leaving one stray edge across the inset.
    const edge = 1;
    const left = Math.max(edge, cx - w / 2);
    const top = Math.max(edge, cy - h / 2);
    const right = Math.min(width - edge, cx + w / 2);
    const bottom = Math.min(height - edge, cy + h / 2);
    box.setAttribute('x', fixed(left));
    box.setAttribute('y', fixed(top));
    box.setAttribute('width', fixed(Math.max(0, right - left)));
    box.setAttribute('height', fixed(Math.max(0, bottom - top)));
  };
  let frame = 0;
  map.on('move', () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        moveBox();
      });
  });

  // The lines come with the bundle, reduced at build time to the inset's resolution
  // (src/build/node/locator-plugin.ts): no provinces file to wait for.
  const drawLines = () => {
    const { outline, hebei } = lines;
    const coords: Position[] = outline.flat();
    const lons = coords.map((p) => p[0] ?? 0);
    const lats = coords.map((p) => p[1] ?? 0);
    const projection = locatorProjection(
      [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
      width,
    );
    project = projection.project;
    height = projection.height;
    const line = (ring: Position[]) =>
      ring
        .map((p, i) => {
          const [x, y] = projection.project([p[0] ?? 0, p[1] ?? 0]);
          return `${i ? 'L' : 'M'}${fixed(x)} ${fixed(y)}`;
        })
        .join('');
    svg.setAttribute('viewBox', `0 0 ${width} ${fixed(projection.height)}`);
    svg.append(
      el('path', { d: hebei.flat().map(line).join('Z') + 'Z', fill: theme.countyFill }),
      el('path', {
        d: outline.map(line).join(''),
        fill: 'none',
        stroke: regionTheme.provinceLine,
        'stroke-width': '0.8',
      }),
    );
    const dot = (p: LngLat | undefined, r: string, fill: string) => {
      if (!p) return;
      const [x, y] = projection.project(p);
      svg.append(el('circle', { cx: fixed(x), cy: fixed(y), r, fill, stroke: '#fff' }));
    };
    dot(places.shijiazhuang, '2.5', theme.placeDot);
    dot(places.luquan, '3', theme.accent);
    if (places.wuhan) {
      const [x, y] = projection.project(places.wuhan);
      wuhan.setAttribute('cx', fixed(x));
      wuhan.setAttribute('cy', fixed(y));
      svg.append(wuhan);
    }
    svg.append(box);
    element.append(svg);
    element.hidden = false;
    moveBox();
  };
  drawLines();

  return {
    element,
    show(state) {
      const showWuhan = state.layers.includes('wuhan-link');
      wuhan.setAttribute('visibility', showWuhan ? 'visible' : 'hidden');
      element.dataset.wuhan = String(showWuhan);
    },
    setScript(next) {
      script = next;
      label();
    },
  };
}
