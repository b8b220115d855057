import type { FlyToOptions, JumpToOptions, PaddingOptions } from 'maplibre-gl';
import { frameBBox } from '../../shared/framing.ts';
import type { LngLat } from '../../shared/geo-schema.ts';
import type { BBox, CameraTarget } from '../../shared/model.ts';

/** Where the camera is now: the start of a flight. */
export interface CameraNow {
  center: LngLat;
  zoom: number;
  /** The map's width in CSS px (distances are counted in map widths). */
  width: number;
}

/** Shortest and longest flight: shorter is a jolt, longer keeps the reader waiting. */
const flightMs = { min: 600, max: 2000, perStep: 350, base: 450 } as const;

/** Web Mercator x/y in [0, 1] of a point. */
function mercator([lon, lat]: LngLat): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [lon / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * How long a flight takes: longer for a bigger zoom change and for a longer way, counted
 * in map widths at the wider of the two zooms, so a hop between neighbouring townships
 * is short and a flight out to Wuhan long.
 * @internal
 */
export function flightDuration(from: CameraNow, to: { center: LngLat; zoom: number }): number {
  const [x0, y0] = mercator(from.center);
  const [x1, y1] = mercator(to.center);
  const worldPx = 512 * 2 ** Math.min(from.zoom, to.zoom);
  const widths = (Math.hypot(x1 - x0, y1 - y0) * worldPx) / Math.max(1, from.width);
  const steps = Math.abs(to.zoom - from.zoom) + Math.min(widths, 4);
  const ms = flightMs.base + flightMs.perStep * steps;
  return Math.round(Math.min(flightMs.max, Math.max(flightMs.min, ms)));
}

/** Fits a box into the map's viewport: MapLibre's `cameraForBounds`, passed in. */
export type FitBounds = (
  bounds: BBox,
  options: { padding: Required<PaddingOptions>; maxZoom: number; bearing: number },
) => JumpToOptions | undefined;

/** The camera call to make: a flight, or a jump (first view, reduced motion, resize). */
export type CameraMove =
  { method: 'flyTo'; options: FlyToOptions } | { method: 'jumpTo'; options: JumpToOptions };

/**
 * The camera move that shows `target`: an editor's full camera (center and zoom) as
 * written, else the target's framed bounds fitted with `fit`, with any partial hint on
 * top. `undefined` when the bounds cannot be fitted (a map of zero size).
 */
export function cameraMove(
  target: CameraTarget,
  view: { padding: Required<PaddingOptions>; animate: boolean; from?: CameraNow },
  fit: FitBounds,
): CameraMove | undefined {
  const { padding } = view;
  const hint = target.hint ?? {};
  const bearing = hint.bearing ?? 0;
  const pitch = hint.pitch ?? 0;
  let camera: JumpToOptions;
  if (hint.center && hint.zoom !== undefined) {
    camera = { center: hint.center, zoom: hint.zoom, bearing, pitch, padding };
  } else {
    const framed = fit(frameBBox(target.bounds), { padding, maxZoom: target.maxZoom, bearing });
    if (!framed) return undefined;
    camera = {
      ...framed,
      ...(hint.zoom !== undefined ? { zoom: hint.zoom } : {}),
      ...(hint.center ? { center: hint.center } : {}),
      pitch,
    };
  }
  if (!view.animate) return { method: 'jumpTo', options: camera };
  const to = { center: toLngLat(camera.center), zoom: camera.zoom };
  const duration =
    view.from && to.center && to.zoom !== undefined
      ? flightDuration(view.from, { center: to.center, zoom: to.zoom })
      : flightMs.max;
  return { method: 'flyTo', options: { ...camera, duration, essential: false } };
}

/** A camera centre as [lon, lat], whichever form MapLibre gave it in. */
function toLngLat(center: JumpToOptions['center']): LngLat | undefined {
  if (!center) return undefined;
  if (Array.isArray(center)) return [center[0], center[1]];
  if ('lng' in center) return [center.lng, center.lat];
  return [center.lon, center.lat];
}
