import type { Page } from 'playwright-core';
import type { BBox } from '../../src/shared/model.ts';

/** What sits on top of the map and must never hide a chapter's target. */
export const mapObstacles = ['.map-legend', '.map-locator', '.maplibregl-ctrl-bottom-right'];

/**
 * The map overlays that overlap the target box `bounds` on screen (by selector, with
 * the overlap in px), empty when the target is clear. Hidden overlays do not count.
 */
export async function obstaclesOver(page: Page, bounds: BBox): Promise<string[]> {
  return page.evaluate(
    ({ bounds: [w, s, e, n], selectors }) => {
      const map = window.__map!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const a = map.project([w, n]);
      const b = map.project([e, s]);
      const target = {
        left: canvas.left + Math.min(a.x, b.x),
        right: canvas.left + Math.max(a.x, b.x),
        top: canvas.top + Math.min(a.y, b.y),
        bottom: canvas.top + Math.max(a.y, b.y),
      };
      const hits: string[] = [];
      for (const selector of selectors) {
        for (const el of document.querySelectorAll<HTMLElement>(selector)) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden')
            continue;
          const x = Math.min(r.right, target.right) - Math.max(r.left, target.left);
          const y = Math.min(r.bottom, target.bottom) - Math.max(r.top, target.top);
          if (x > 0 && y > 0) hits.push(`${selector} (${Math.round(x)}×${Math.round(y)} px)`);
        }
      }
      return hits;
    },
    { bounds, selectors: mapObstacles },
  );
}
