import type { FlyToOptions, JumpToOptions, PaddingOptions } from 'maplibre-gl';
import { frameBBox } from '../../shared/framing.ts';
import type { LngLat } from '../../shared/geo-schema.ts';
import type { BBox, CameraTarget } from '../../shared/model.ts';

/** Where the camera is now: the start of a flight. */
export interface CameraNow {
  center: LngLat;
  zoom: number;
  /** The map's width in CSS px. */
  width: number;
  /** The map's height in CSS px (the width when left out). */
  height?: number;
}

/**
 * Flight timing. Flights keep MapLibre's own pace (1.2 screenfuls a second along its
 * zoom-out-and-in path, the pace the plain template uses), so a hop between neighbouring
 * townships is short and a flight out to Wuhan long. A move too small to see is a jump;
 * a visible hop lasts at least `min` (quicker reads as a jolt); no flight lasts over `max`
 * (MapLibre's own `maxDuration` would turn a longer one into a jump).
 */
const flight = { speed: 1.2, curve: 1.42, min: 350, max: 2000, invisible: 0.02 } as const;

/** Web Mercator x/y in [0, 1] of a point. */
function mercator([lon, lat]: LngLat): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [lon / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * Length of MapLibre's `flyTo` path in screenfuls (van Wijk and Nuij's optimal zoom-and-pan
 * path, as maplibre-gl's camera.ts computes it), from the visible span and the distance.
 */
function flightPathLength(from: CameraNow, to: { center: LngLat; zoom: number }): number {
  const rho = flight.curve;
  const rho2 = rho * rho;
  const [x0, y0] = mercator(from.center);
  const [x1, y1] = mercator(to.center);
  const w0 = Math.max(from.width, from.height ?? from.width, 1);
  const w1 = w0 / 2 ** (to.zoom - from.zoom);
  const u1 = Math.hypot(x1 - x0, y1 - y0) * 512 * 2 ** from.zoom;
  const zoomOutFactor = (descent: boolean): number => {
    const b =
      (w1 * w1 - w0 * w0 + (descent ? -1 : 1) * rho2 * rho2 * u1 * u1) /
      (2 * (descent ? w1 : w0) * rho2 * u1);
    return Math.log(Math.sqrt(b * b + 1) - b);
  };
  const s = (zoomOutFactor(true) - zoomOutFactor(false)) / rho;
  // No way to go (only a zoom change): the path is the zoom change alone.
  return u1 < 1e-6 || !Number.isFinite(s) ? Math.abs(Math.log(w1 / w0)) / rho : s;
}

/**
 * How long a flight takes, in ms: MapLibre's default duration for the same move, kept
 * between `flight.min` and `flight.max`; 0 (a jump) for a move too small to see.
 * @internal
 */
export function flightDuration(from: CameraNow, to: { center: LngLat; zoom: number }): number {
  const screenfuls = flightPathLength(from, to);
  if (screenfuls < flight.invisible) return 0;
  const ms = (1000 * screenfuls) / flight.speed;
  return Math.round(Math.min(flight.max, Math.max(flight.min, ms)));
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
      : flight.max;
  if (duration === 0) return { method: 'jumpTo', options: camera };
  return { method: 'flyTo', options: { ...camera, duration, essential: false } };
}

/** A camera centre as [lon, lat], whichever form MapLibre gave it in. */
function toLngLat(center: JumpToOptions['center']): LngLat | undefined {
  if (!center) return undefined;
  if (Array.isArray(center)) return [center[0], center[1]];
  if ('lng' in center) return [center.lng, center.lat];
  return [center.lon, center.lat];
}
