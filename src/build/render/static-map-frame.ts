import { geoMercator, type GeoProjection } from 'd3-geo';
import { cameraPadding, frameBBox } from '../../shared/framing.ts';
import type { BBox, CameraTarget } from '../../shared/model.ts';

/**
 * The framing of a static map, computed the way MapLibre's `cameraForBounds` frames the
 * live map (Web Mercator, bearing 0, continuous zoom), so the picture and the map agree.
 */

/** Width of the whole world in MapLibre pixels at zoom 0 (its 512 px tiles). @internal */
export const worldSizeAtZoom0 = 512;

/** A container size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** What a static map frames: a box (already given its margin) and the zoom it may not pass. */
export interface Framing {
  box: BBox;
  maxZoom: number;
}

export interface StaticFrame {
  /** The box the live map fits: the chapter's bounds grown by `frameBBox`, or its camera hint's view. */
  box: BBox;
  /** The zoom the live map opens at in a container of the reference size. */
  zoom: number;
  /** Lon/lat → user units: CSS pixels at `zoom`, with the box's north-west corner at 0,0. */
  projection: GeoProjection;
  /** The box's size in user units: the viewBox of the geometry. */
  width: number;
  height: number;
  /** How many CSS pixels one user unit is at the chapter's `maxZoom` (the largest it may grow). */
  maxScale: number;
}

/** Web Mercator x, y of a lon/lat in MapLibre pixels at zoom 0 (0..512, y down). @internal */
export function mercatorAtZoom0(lon: number, lat: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
  return [((lon + 180) / 360) * worldSizeAtZoom0, y * worldSizeAtZoom0];
}

/**
 * The zoom MapLibre's `fitBounds(box, { padding: cameraPadding(size), maxZoom })` lands on:
 * the largest at which the projected box fits inside the padded container.
 * @internal
 */
export function fitZoom(box: BBox, size: Size, maxZoom: number): number {
  const [w, s, e, n] = box;
  const [x0, y0] = mercatorAtZoom0(w, n);
  const [x1, y1] = mercatorAtZoom0(e, s);
  const pad = cameraPadding(size.width, size.height);
  const scaleX = (size.width - pad.left - pad.right) / (x1 - x0);
  const scaleY = (size.height - pad.top - pad.bottom) / (y1 - y0);
  return Math.min(Math.log2(Math.min(scaleX, scaleY)), maxZoom);
}

/**
 * What the live map frames for `target` in a container of `size`, as a box: its bounds
 * grown by `frameBBox`, or, when the editor wrote a camera hint, the view the hint asks for
 * (the hint's centre, and the area its zoom shows inside the camera padding), so a print
 * or no-WebGL figure shows what the live map would.
 */
export function framingOf(target: CameraTarget, size: Size): Framing {
  const framed = frameBBox(target.bounds);
  const { center, zoom } = target.hint ?? {};
  if (center === undefined && zoom === undefined) return { box: framed, maxZoom: target.maxZoom };
  const [x0, y0] = mercatorAtZoom0(framed[0], framed[3]);
  const [x1, y1] = mercatorAtZoom0(framed[2], framed[1]);
  const [cx, cy] = center ? mercatorAtZoom0(center[0], center[1]) : [(x0 + x1) / 2, (y0 + y1) / 2];
  let [halfW, halfH] = [(x1 - x0) / 2, (y1 - y0) / 2];
  if (zoom !== undefined) {
    const pad = cameraPadding(size.width, size.height);
    halfW = (size.width - pad.left - pad.right) / 2 ** zoom / 2;
    halfH = (size.height - pad.top - pad.bottom) / 2 ** zoom / 2;
  }
  const [west, north] = unprojectAtZoom0(cx - halfW, cy - halfH);
  const [east, south] = unprojectAtZoom0(cx + halfW, cy + halfH);
  return { box: [west, south, east, north], maxZoom: zoom ?? target.maxZoom };
}

/**
 * The static frame of `framing` in a container of `size`: the same box, zoom and projection
 * as the live map's view, the box first widened to `aspect` when one is given.
 */
export function staticFrame(
  framing: Framing,
  size: Size,
  aspect?: { min: number; max: number },
): StaticFrame {
  const { maxZoom } = framing;
  const box = aspect ? widenToAspect(framing.box, aspect) : framing.box;
  const zoom = fitZoom(box, size, maxZoom);
  const pxPerWorldUnit = 2 ** zoom;
  // d3's Mercator scale is the world's width over 2π (radians to pixels).
  const projection = geoMercator()
    .scale((worldSizeAtZoom0 * pxPerWorldUnit) / (2 * Math.PI))
    .translate([0, 0])
    .precision(0);
  const [nwX, nwY] = projection([box[0], box[3]]) ?? [0, 0];
  projection.translate([-nwX, -nwY]);
  const [seX, seY] = projection([box[2], box[1]]) ?? [0, 0];
  return { box, zoom, projection, width: seX, height: seY, maxScale: 2 ** (maxZoom - zoom) };
}

/** Lon/lat of a Web Mercator point in MapLibre pixels at zoom 0 (inverse of `mercatorAtZoom0`). */
function unprojectAtZoom0(x: number, y: number): [number, number] {
  const lon = (x / worldSizeAtZoom0) * 360 - 180;
  const t = Math.PI * (1 - (2 * y) / worldSizeAtZoom0);
  return [lon, (Math.atan(Math.sinh(t)) * 180) / Math.PI];
}

/** The box grown about its centre (in Web Mercator) until its width / height is within `aspect`. @internal */
export function widenToAspect(box: BBox, aspect: { min: number; max: number }): BBox {
  const [x0, y0] = mercatorAtZoom0(box[0], box[3]);
  const [x1, y1] = mercatorAtZoom0(box[2], box[1]);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let [w, h] = [x1 - x0, y1 - y0];
  if (w / h < aspect.min) w = h * aspect.min;
  else if (w / h > aspect.max) h = w / aspect.max;
  const [west, north] = unprojectAtZoom0(cx - w / 2, cy - h / 2);
  const [east, south] = unprojectAtZoom0(cx + w / 2, cy + h / 2);
  return [west, south, east, north];
}
