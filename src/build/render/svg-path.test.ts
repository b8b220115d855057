import { describe, expect, it } from 'vitest';
import { compactPath } from './svg-path.ts';

describe('compactPath', () => {
  it('writes relative segments from the rounded absolute points', () => {
    expect(compactPath('M10,20L12.5,20L12.5,17.3Z')).toBe('M10 20l2.5 0 0-2.7z');
  });

  it('starts every ring afresh with an absolute move', () => {
    expect(compactPath('M0,0L1,0L1,1ZM5,5L6,5L6,6Z')).toBe('M0 0l1 0 0 1zM5 5l1 0 0 1z');
  });

  it('accumulates no rounding error along a long ring', () => {
    const points = Array.from({ length: 200 }, (_, i) => [i * 0.1, i * 0.3] as const);
    const d = compactPath(`M${points.map(([x, y]) => `${x},${y}`).join('L')}`);
    const deltas = d
      .slice(d.indexOf('l') + 1)
      .match(/-?(?:\d+\.?\d*|\.\d+)/g)!
      .map(Number);
    let [x, y] = [0, 0];
    for (let i = 0; i < deltas.length; i += 2) [x, y] = [x + deltas[i]!, y + deltas[i + 1]!];
    expect(x).toBeCloseTo(19.9, 6);
    expect(y).toBeCloseTo(59.7, 6);
  });

  it('rounds to whole units when asked, dropping segments that round to nothing', () => {
    expect(compactPath('M10.4,20.6L12.5,20.6L12.6,20.7L12.6,17.3Z', 0)).toBe('M10 21l3 0 0-4z');
  });

  it('refuses what it cannot read', () => {
    expect(() => compactPath('M1,x')).toThrow(/cannot read/);
  });
});
