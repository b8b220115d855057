import { describe, expect, it } from 'vitest';
import { locatorProjection, mercator } from './locator.ts';

describe('locator projection', () => {
  it('is Web Mercator in the unit square (as MapLibre)', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    const [x, y] = mercator([180, 85.0511287798]);
    expect(x).toBe(1);
    expect(y).toBeCloseTo(0, 6);
    // North is up: a higher latitude has a smaller y.
    expect(mercator([114, 38])[1]).toBeLessThan(mercator([114, 30])[1]);
  });

  it('fits the frame to the width, corners at the box corners', () => {
    const p = locatorProjection([110, 29, 123, 43], 160);
    expect(p.project([110, 43])).toEqual([0, 0]);
    const [x, y] = p.project([123, 29]);
    expect(x).toBeCloseTo(160, 9);
    expect(y).toBeCloseTo(p.height, 9);
    expect(p.height).toBeGreaterThan(160); // 14° of latitude at 36°N is taller than 13° of longitude
  });
});
