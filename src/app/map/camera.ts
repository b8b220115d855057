import type { PaddingOptions } from 'maplibre-gl';
import type { BBox } from '../../shared/model.ts';

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
export const pointSpanDegrees = 0.08;

/** Share of an area's width and height left around it, so the reader sees what surrounds it. */
export const areaMargin = 0.12;

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
export function padBBox(bbox: BBox, minSpanDegrees: number): BBox {
  const [w, s, e, n] = bbox;
  const padX = Math.max(0, (minSpanDegrees - (e - w)) / 2);
  const padY = Math.max(0, (minSpanDegrees - (n - s)) / 2);
  return [w - padX, s - padY, e + padX, n + padY];
}

/** Whether a lon/lat lies inside a bbox (inclusive), with an optional tolerance in degrees. */
export function bboxContains(bbox: BBox, lon: number, lat: number, tolerance = 0): boolean {
  const [w, s, e, n] = bbox;
  return (
    lon >= w - tolerance && lon <= e + tolerance && lat >= s - tolerance && lat <= n + tolerance
  );
}
