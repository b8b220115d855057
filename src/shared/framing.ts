import type { BBox } from './model.ts';

/**
 * How a camera target is framed on screen: the padding kept around it and the margin
 * grown around its bounds. Pure maths shared by the live map (src/app/map/camera.ts) and
 * the build-time static maps (src/build/render/static-map-frame.ts), so both frame a
 * chapter identically.
 */

/** Padding in CSS px on each side of a map view. */
export interface FramePadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Padding (CSS px) that keeps a chapter's target clear of whatever overlays the map:
 * the map note in the lower corner, the controls at the top. Nothing else covers the
 * map, since the text never sits on top of it.
 */
export function cameraPadding(width: number, height: number): FramePadding {
  const edge = Math.round(Math.min(width, height) * 0.08);
  const base = Math.max(16, Math.min(48, edge));
  // A little more room below, for labels that hang under their dots.
  return { top: base, right: base, bottom: base + 24, left: base };
}

/**
 * Width (CSS px) of the strip along the live map's left edge that the locator inset and the
 * legend take (src/app/styles/orientation.css: 8 px margin + 160 px, or 64 px up to 560 px).
 * @internal
 */
export function overlayInset(width: number): number {
  return width <= 560 ? 8 + 64 : 8 + 160;
}

/**
 * Padding of the live map (and of the picture that stands in for it at first paint): the
 * camera padding plus the overlays' strip on the left. Static figures have no overlays.
 */
export function livePadding(width: number, height: number): FramePadding {
  return { ...cameraPadding(width, height), left: overlayInset(width) + 8 };
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
