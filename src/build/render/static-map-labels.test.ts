import { describe, expect, it } from 'vitest';
import { keepInside, labelBox, placeLabels, type LabelRequest } from './static-map-labels.ts';

const label = (over: Partial<LabelRequest>): LabelRequest => ({
  text: '上寨鄉',
  x: 100,
  y: 100,
  size: 10,
  dy: 0,
  padding: 0,
  role: 'township',
  ...over,
});
const frame = { x0: 0, y0: 0, x1: 200, y1: 200 };

describe('static map labels', () => {
  it('measures a CJK label one em per character and 1.2 em high', () => {
    expect(labelBox(label({}))).toEqual({ x0: 85, x1: 115, y0: 94, y1: 106 });
  });

  it('drops a label that overlaps one placed before it, unless it may overlap', () => {
    const first = label({ text: '獲鹿鎮' });
    const second = label({ text: '上莊鎮', y: 105 });
    expect(placeLabels([first, second], frame)).toEqual([first]);
    const forced = { ...second, allowOverlap: true };
    expect(placeLabels([first, forced], frame)).toEqual([first, forced]);
    const apart = label({ text: '上莊鎮', y: 150 });
    expect(placeLabels([first, apart], frame)).toEqual([first, apart]);
  });

  it('moves a figure’s label inside the frame: sideways, or above its point', () => {
    const moved = keepInside(label({ x: 195, y: 195, dy: 1.6 }), frame);
    expect(labelBox(moved).x1).toBeLessThanOrEqual(200);
    expect(labelBox(moved).y1).toBeLessThanOrEqual(200);
    expect(moved.dy).toBe(-1.6);
  });

  it('keeps only labels of points inside a figure', () => {
    expect(placeLabels([label({ x: 210 })], frame, true)).toEqual([]);
    expect(placeLabels([label({ x: 210 })], frame, false)).toHaveLength(1);
  });
});
