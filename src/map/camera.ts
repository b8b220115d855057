import type { PaddingOptions } from 'maplibre-gl';
import type { BBox } from '../story/model';

/**
 * Padding (CSS px) that keeps a chapter's target clear of whatever overlays the map:
 * the map note in the lower corner, the controls at the top. Nothing else covers the
 * map, since the text never sits on top of it.
 */
export function cameraPadding(width: number, height: number): PaddingOptions {
  const edge = Math.round(Math.min(width, height) * 0.08);
  const base = Math.max(16, Math.min(48, edge));
  return { top: base + 8, right: base, bottom: base + 36, left: base };
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
  return lon >= w - tolerance && lon <= e + tolerance && lat >= s - tolerance && lat <= n + tolerance;
}
