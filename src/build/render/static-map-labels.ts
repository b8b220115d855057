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

/** The box a label covers: CJK glyphs are one em wide; Latin digits would be narrower. */
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
 * The labels that survive collision, in the given priority order (first wins), as MapLibre
 * does between symbol layers. Labels whose box lies wholly outside `within` are dropped.
 */
export function placeLabels(labels: readonly LabelRequest[], within: Box): LabelRequest[] {
  const placed: { label: LabelRequest; box: Box }[] = [];
  for (const label of labels) {
    const box = labelBox(label);
    if (!overlaps(box, within)) continue;
    if (!label.allowOverlap && placed.some((p) => overlaps(p.box, box))) continue;
    placed.push({ label, box });
  }
  return placed.map((p) => p.label);
}
