import type { FlyToOptions, JumpToOptions, PaddingOptions } from 'maplibre-gl';
import type { BBox, CameraTarget } from '../../shared/model.ts';

/**
 * Width (CSS px) of the strip along the map's left edge that the locator inset and the
 * legend take (src/app/styles/orientation.css: 8 px margin + 160 px, or 64 px below 560 px).
 */
export function overlayInset(width: number): number {
  return width <= 560 ? 8 + 64 : 8 + 160;
}

/**
 * Padding (CSS px) that keeps a chapter's target clear of whatever overlays the map:
 * the controls on the right, the locator and legend on the left. The text never sits
 * on top of the map.
 */
export function cameraPadding(width: number, height: number): Required<PaddingOptions> {
  const edge = Math.round(Math.min(width, height) * 0.08);
  const base = Math.max(16, Math.min(48, edge));
  // A little more room below, for labels that hang under their dots.
  return { top: base, right: base, bottom: base + 24, left: overlayInset(width) + 8 };
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

/** How long a flight between chapters takes. */
const flyDurationMs = 1800;

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
    ? { method: 'flyTo', options: { ...camera, duration: flyDurationMs, essential: false } }
    : { method: 'jumpTo', options: camera };
}
