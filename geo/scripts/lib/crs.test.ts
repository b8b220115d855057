import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { round6, toWgs84 } from './crs.ts';

// Published WGS84 ↔ GCJ-02 test pairs (lat, lon order in the source: the test cases of
// the eviltransform library), independent of gcoord.
const PAIRS: { place: string; wgs: [number, number]; gcj: [number, number] }[] = [
  { place: 'Shanghai', wgs: [121.5272106, 31.1774276], gcj: [121.531541859215, 31.17530398364597] },
  { place: 'Shenzhen', wgs: [113.912316, 22.543847], gcj: [113.9171764808363, 22.540796131694766] },
  { place: 'Beijing', wgs: [116.377817, 39.911954], gcj: [116.38404722455657, 39.91334545536069] },
];

describe('GCJ-02 → WGS84', () => {
  it.each(PAIRS)('matches the known pair for $place to 6 decimals', ({ wgs, gcj }) => {
    const [lon, lat] = toWgs84(gcj, 'GCJ-02');
    expect(lon).toBeCloseTo(wgs[0], 6);
    expect(lat).toBeCloseTo(wgs[1], 6);
    // And the forward direction agrees with the pair exactly.
    const forward = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    expect(forward[0]).toBeCloseTo(gcj[0], 9);
    expect(forward[1]).toBeCloseTo(gcj[1], 9);
  });

  it('moves a Luquan point by the offset the gazetteer states (≈ −0.0062° lon, −0.0007° lat)', () => {
    const gcj: [number, number] = [114.322047, 38.088041]; // 获鹿镇 seat, AMap
    const [lon, lat] = toWgs84(gcj, 'GCJ-02');
    expect(gcj[0] - lon).toBeCloseTo(0.0062, 3);
    expect(gcj[1] - lat).toBeCloseTo(0.0007, 3);
  });

  it('never converts a WGS84 row, only rounds it', () => {
    expect(toWgs84([114.3398801234, 38.19548], 'WGS84')).toEqual([114.33988, 38.19548]);
  });

  it('rounds to 6 decimals without -0', () => {
    expect(round6(1.23456789)).toBe(1.234568);
    expect(Object.is(round6(-0.0000001), 0)).toBe(true);
  });
});
