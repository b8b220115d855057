import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { onLayer } from './layer-listener.ts';

/** A map stand-in: map-wide listeners by type, and the per-layer subscriptions still live. */
function fakeMap() {
  const mapWide = new Map<string, (() => void)[]>();
  const live: string[] = [];
  const map = {
    on(type: string, layerOrListener: string | (() => void)) {
      if (typeof layerOrListener === 'function') {
        mapWide.set(type, [...(mapWide.get(type) ?? []), layerOrListener]);
        return { unsubscribe: () => undefined };
      }
      const key = `${type} ${layerOrListener}`;
      live.push(key);
      return { unsubscribe: () => live.splice(live.indexOf(key), 1) };
    },
  };
  const fire = (type: string) => mapWide.get(type)?.forEach((listener) => listener());
  return { live, fire, map: map as unknown as MaplibreMap };
}

describe('onLayer', () => {
  it('listens on the layer, stops while the context is lost and listens again once restored', () => {
    const { live, fire, map } = fakeMap();
    onLayer(map, 'mouseenter', 'township-fill', () => undefined);
    expect(live).toEqual(['mouseenter township-fill']);
    fire('webglcontextlost');
    expect(live).toEqual([]);
    fire('webglcontextlost');
    fire('webglcontextrestored');
    expect(live).toEqual(['mouseenter township-fill']);
    fire('webglcontextrestored');
    expect(live).toEqual(['mouseenter township-fill']);
  });
});
