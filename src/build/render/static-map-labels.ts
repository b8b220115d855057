/**
 * Point symbols of a static map (dots and labels), placed the way MapLibre places its
 * symbol layers: top layer first, and a label that would overlap one already placed is
 * dropped unless its layer allows overlap. Sizes are CSS pixels, as on the live map.
 */

/** A label to place: its anchor in user units (CSS px at the reference zoom). */
export interface LabelRequest {
  text: string;
  x: number;
  y: number;
  /** Font size, px. */
  size: number;
  /** Vertical shift of the label's centre from the anchor, in ems (MapLibre's offset + anchor). */
  dy: number;
  /** Space kept clear around the label, px (MapLibre's `text-padding`). */
  padding: number;
  /** Placed even if it overlaps (MapLibre's `text-allow-overlap`). */
  allowOverlap?: boolean;
  /** Style class of the label (fill, halo), as the renderer groups them. */
  role: LabelRole;
}

export type LabelRole = 'township' | 'township-active' | 'district' | 'place' | 'city';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Line height MapLibre gives a line of text, in ems. */
const lineHeight = 1.2;

/** The box a label covers: CJK glyphs are one em wide; Latin digits would be narrower. @internal */
export function labelBox(label: LabelRequest): Box {
  const width = [...label.text].length * label.size + 2 * label.padding;
  const height = lineHeight * label.size + 2 * label.padding;
  const cy = label.y + label.dy * label.size;
  return {
    x0: label.x - width / 2,
    x1: label.x + width / 2,
    y0: cy - height / 2,
    y1: cy + height / 2,
  };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * A label moved so its box lies inside `within` (a figure has no room around it): shifted
 * sideways, and put above its point instead of below when it would hang off the bottom.
 * @internal
 */
export function keepInside(label: LabelRequest, within: Box): LabelRequest {
  let moved = label;
  if (labelBox(moved).y1 > within.y1 && moved.dy > 0) moved = { ...moved, dy: -moved.dy };
  const box = labelBox(moved);
  const shift = Math.max(0, within.x0 - box.x0) - Math.max(0, box.x1 - within.x1);
  return shift ? { ...moved, x: moved.x + shift } : moved;
}

/**
 * The labels that survive collision, in the given priority order (first wins), as MapLibre
 * does between symbol layers. Labels whose box lies wholly outside `within` are dropped;
 * with `inside`, only labels of points inside it are kept, moved into it (`keepInside`).
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  within: Box,
  inside = false,
): LabelRequest[] {
  const placed: { label: LabelRequest; box: Box }[] = [];
  for (const request of labels) {
    if (inside && !pointIn(request, within)) continue;
    const label = inside ? keepInside(request, within) : request;
    const box = labelBox(label);
    if (!overlaps(box, within)) continue;
    if (!label.allowOverlap && placed.some((p) => overlaps(p.box, box))) continue;
    placed.push({ label, box });
  }
  return placed.map((p) => p.label);
}

const pointIn = (p: { x: number; y: number }, b: Box): boolean =>
  p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1;
