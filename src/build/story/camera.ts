import type { BBox, CameraHint, CameraTarget, ResolvedPlace } from '../../shared/model.ts';

/** Max zoom when a target holds only points (a single point would zoom in forever). @internal */
export const POINT_MAX_ZOOM = 13;
/** Max zoom when a target holds at least one area (township, district, city). @internal */
export const AREA_MAX_ZOOM = 12;

/** The smallest box containing all `boxes`; `undefined` for none. */
function unionBBox(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  let [w, s, e, n] = boxes[0] as BBox;
  for (const [bw, bs, be, bn] of boxes) {
    w = Math.min(w, bw);
    s = Math.min(s, bs);
    e = Math.max(e, be);
    n = Math.max(n, bn);
  }
  return [w, s, e, n];
}

/** The closest the camera may come to `places`: nearer for points only, which carry no area. */
export function maxZoomFor(places: readonly ResolvedPlace[]): number {
  return places.every((p) => p.resolvedAs === 'point') ? POINT_MAX_ZOOM : AREA_MAX_ZOOM;
}

/**
 * What the camera frames for `places` (a chapter's, or the one a reader picked): the
 * union of their bboxes, a max zoom that keeps a lone point in context, and the front
 * matter's camera hint (already validated). `undefined` without places.
 */
export function cameraTarget(
  places: readonly ResolvedPlace[],
  hint?: CameraHint,
): CameraTarget | undefined {
  const bounds = unionBBox(places.map((p) => p.bbox));
  if (!bounds) return undefined;
  return {
    bounds,
    maxZoom: maxZoomFor(places),
    ...(hint && Object.keys(hint).length ? { hint } : {}),
  };
}
