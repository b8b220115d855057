import { describe, expect, it } from 'vitest';
import {
  groupOf,
  selfTimes,
  shortSource,
  summarizeProfile,
  type CpuProfile,
} from './profile-summary.ts';

const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
});

const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3] },
    { id: 2, callFrame: frame('a', 'http://x/assets/index.js', 0, 10) },
    { id: 3, callFrame: frame('b', 'http://x/assets/index.js', 0, 20) },
    { id: 4, callFrame: frame('(garbage collector)') },
  ],
  samples: [2, 2, 3, 4],
  timeDeltas: [1000, 2000, 500, 250],
};

describe('selfTimes', () => {
  it('charges each sample’s delta (µs) to its node, in ms', () => {
    expect(selfTimes(profile)).toEqual(
      new Map([
        [2, 3],
        [3, 0.5],
        [4, 0.25],
      ]),
    );
  });
});

describe('summarizeProfile', () => {
  it('groups by original file through the locator', () => {
    const summary = summarizeProfile(profile, (_url, _line, column) =>
      column === 10
        ? { source: '../node_modules/maplibre-gl/src/ui/map.ts', name: 'render' }
        : { source: '../../src/map/story-map.ts', name: null },
    );
    expect(summary.total).toBeCloseTo(3.75);
    expect(summary.byFile[0]).toEqual({ key: 'maplibre-gl/src/ui/map.ts', ms: 3 });
    expect(summary.byFunction.map((r) => r.key)).toContain('b @ src/map/story-map.ts');
    expect(summary.byGroup.map((r) => r.key)).toEqual([
      'maplibre-gl',
      'our code (src/)',
      '(garbage collector)',
    ]);
  });
});

describe('shortSource and groupOf', () => {
  it('name the package or our source folder', () => {
    expect(shortSource('../../node_modules/@mapbox/tiny-sdf/index.js')).toBe(
      '@mapbox/tiny-sdf/index.js',
    );
    expect(groupOf('@mapbox/tiny-sdf/index.js')).toBe('tiny-sdf (glyphs)');
    expect(groupOf('scrollama/build/scrollama.js')).toBe('scrollama');
    expect(groupOf('(program)')).toBe('(program)');
  });
});
