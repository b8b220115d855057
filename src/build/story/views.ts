import type { BBox, CameraHint, ChapterView, StoryPlace } from '../../shared/model.ts';

/** Max zoom when a chapter frames only points (a single point would zoom in forever). */
export const POINT_MAX_ZOOM = 13;
/** Max zoom when a chapter frames at least one area (township, district, city). */
export const AREA_MAX_ZOOM = 12;

/** The smallest box containing all `boxes`; `undefined` for none. */
export function unionBBox(boxes: readonly BBox[]): BBox | undefined {
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

/**
 * A chapter's camera target: the union of its places' bboxes, a max zoom that keeps a
 * lone point in context, and the front matter's camera hint (already validated).
 */
export function chapterView(
  places: readonly StoryPlace[],
  hint?: CameraHint,
): ChapterView | undefined {
  const bounds = unionBBox(places.map((p) => p.bbox));
  if (!bounds) return undefined;
  const allPoints = places.every((p) => p.resolvedAs === 'point');
  return {
    bounds,
    maxZoom: allPoints ? POINT_MAX_ZOOM : AREA_MAX_ZOOM,
    ...(hint && Object.keys(hint).length ? { hint } : {}),
  };
}
