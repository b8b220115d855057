import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { toTopojson } from './topojson-plugin.ts';

const square = (x: number, id: string) => ({
  type: 'Feature' as const,
  id,
  properties: { id, name: `n${id}` },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});

describe('toTopojson', () => {
  it('round-trips features with their ids and properties, the shared border stored once', () => {
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [square(114, 'a'), square(115, 'b')],
    };
    const topo = JSON.parse(toTopojson('context', input)) as Topology<{
      context: GeometryCollection;
    }>;
    const back = feature(topo, topo.objects.context);
    expect(back.features.map((f) => [f.id, f.properties])).toEqual([
      ['a', { id: 'a', name: 'na' }],
      ['b', { id: 'b', name: 'nb' }],
    ]);
    const ring = back.features[1]?.geometry;
    expect(ring?.type).toBe('Polygon');
    if (ring?.type === 'Polygon') {
      for (const [i, [x, y]] of ring.coordinates[0]!.entries()) {
        const [ex, ey] = square(115, 'b').geometry.coordinates[0]![i]!;
        expect(x).toBeCloseTo(ex!, 4);
        expect(y).toBeCloseTo(ey!, 4);
      }
    }
    // The border at x = 115 is one arc, used by both squares.
    expect(topo.arcs.length).toBeLessThan(4);
  });
});
