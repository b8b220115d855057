import type { FlyToOptions, JumpToOptions, PaddingOptions } from 'maplibre-gl';
import type { BBox, CameraTarget } from '../../shared/model.ts';

/**
 * Padding (CSS px) that keeps a chapter's target clear of whatever overlays the map:
 * the map note in the lower corner, the controls at the top. Nothing else covers the
 * map, since the text never sits on top of it.
 */
export function cameraPadding(width: number, height: number): Required<PaddingOptions> {
  const edge = Math.round(Math.min(width, height) * 0.08);
  const base = Math.max(16, Math.min(48, edge));
  // A little more room below, for labels that hang under their dots.
  return { top: base, right: base, bottom: base + 24, left: base };
}

/** Smallest span (degrees, ~8 km) a point target is framed with: enough to see the township around it. */
const pointSpanDegrees = 0.08;

/** Share of an area's width and height left around it, so the reader sees what surrounds it. */
const areaMargin = 0.12;

/**
 * The box the camera frames for a target: an area with a margin around it, a point
 * (or a tiny area) grown to at least `pointSpanDegrees`.
 */
export function frameBBox(bbox: BBox): BBox {
  const [w, s, e, n] = bbox;
  const dx = (e - w) * areaMargin;
  const dy = (n - s) * areaMargin;
  return padBBox([w - dx, s - dy, e + dx, n + dy], pointSpanDegrees);
}

/** A bbox grown so a zero-size (point) box still has an extent to fit. */
function padBBox(bbox: BBox, minSpanDegrees: number): BBox {
  const [w, s, e, n] = bbox;
  const padX = Math.max(0, (minSpanDegrees - (e - w)) / 2);
  const padY = Math.max(0, (minSpanDegrees - (n - s)) / 2);
  return [w - padX, s - padY, e + padX, n + padY];
}

/**
 * How fast a flight between chapters goes: MapLibre times a flight by its path (distance
 * and zoom change), so a hop between neighbouring townships is short and a flight to
 * Wuhan long. 1.2 and 1.42 are MapLibre's defaults; a little faster reads as one motion.
 */
export const flight = { speed: 1.8, curve: 1.42 } as const;

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
  view: { padding: Required<PaddingOptions>; animate: boolean },
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
  return view.animate
    ? { method: 'flyTo', options: { ...camera, ...flight, essential: false } }
    : { method: 'jumpTo', options: camera };
}
