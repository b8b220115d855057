/** Small helpers that write SVG markup compactly, shared by the static map modules. */

/** A <g> with shared attributes around its children; nothing when there are none. */
export function group(attributes: string, children: readonly string[]): string {
  if (children.length === 0) return '';
  return `<g ${attributes}>${children.join('')}</g>`;
}

/** Lines stay their pixel width however large the picture is drawn, as on the live map. */
export const keepStroke = ' vector-effect="non-scaling-stroke"';

/** A <path> (nothing for an empty path) whose stroke keeps its pixel width. */
export function pathEl(d: string, attributes: string): string {
  return d ? `<path ${attributes ? attributes + ' ' : ''}d="${d}"${keepStroke}/>` : '';
}

/** A number with at most one decimal, without trailing zeros. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A position as a percentage of the frame, to 0.01 % (well under a pixel on any screen). */
export function pct(value: number, of: number): string {
  return `${Math.round((value / of) * 10000) / 100}%`;
}

/** A rectangle in user units (CSS px at the reference zoom). */
export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An area scaled by `k` (the same frame at another zoom). */
export function scaleArea(a: Area, k: number): Area {
  return { x0: a.x0 * k, y0: a.y0 * k, x1: a.x1 * k, y1: a.y1 * k };
}
