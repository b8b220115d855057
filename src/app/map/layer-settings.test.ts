import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LayerSettings } from './layer-settings.ts';

/** A map stand-in that records the calls LayerSettings makes. */
function fakeMap(initialVisibility: Record<string, string | undefined> = {}) {
  const calls: string[] = [];
  const map = {
    setFilter: (id: string, f: FilterSpecification) =>
      calls.push(`filter ${id} ${JSON.stringify(f)}`),
    setLayoutProperty: (id: string, _p: string, v: string) => calls.push(`visibility ${id} ${v}`),
    getLayoutProperty: (id: string) => initialVisibility[id],
  };
  return { calls, map: map as unknown as MaplibreMap };
}

describe('LayerSettings', () => {
  it('sets a filter once and skips an equal one', () => {
    const { calls, map } = fakeMap();
    const settings = new LayerSettings(map);
    const filter: FilterSpecification = ['in', ['get', 'id'], ['literal', ['a']]];
    expect(settings.setFilter('l', filter)).toBe(true);
    expect(settings.setFilter('l', ['in', ['get', 'id'], ['literal', ['a']]])).toBe(false);
    expect(settings.setFilter('l', ['in', ['get', 'id'], ['literal', ['b']]])).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('changes visibility only when it differs from what the style says', () => {
    const { calls, map } = fakeMap({ hidden: 'none' });
    const settings = new LayerSettings(map);
    expect(settings.setVisible('hidden', false)).toBe(false);
    expect(settings.setVisible('shown', true)).toBe(false);
    expect(settings.setVisible('hidden', true)).toBe(true);
    expect(settings.setVisible('hidden', true)).toBe(false);
    expect(calls).toEqual(['visibility hidden visible']);
  });
});
