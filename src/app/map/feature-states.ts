import type { Map as MaplibreMap } from 'maplibre-gl';
import type { HighlightSource, MapFeatureRef } from '../../shared/model.ts';

/**
 * The map's feature states: which features are `active` (the chapter's) and which one is
 * `hover`ed (a place name under the pointer or focus). The style reads both.
 */
export class FeatureStates {
  private readonly active = new Map<HighlightSource, Set<string>>();
  private hovered: MapFeatureRef | null = null;

  constructor(private readonly map: MaplibreMap) {}

  /**
   * Make exactly `refs` active, clearing whatever was active before. Only features whose
   * state changes are touched: each call re-evaluates the source's styled features.
   */
  setActive(refs: readonly MapFeatureRef[]): void {
    const next = new Map<HighlightSource, Set<string>>();
    for (const { source, id } of refs) next.set(source, (next.get(source) ?? new Set()).add(id));
    for (const [source, ids] of this.active) {
      for (const id of ids) {
        if (!next.get(source)?.has(id)) this.map.setFeatureState({ source, id }, { active: false });
      }
    }
    for (const [source, ids] of next) {
      for (const id of ids) {
        if (!this.active.get(source)?.has(id))
          this.map.setFeatureState({ source, id }, { active: true });
      }
    }
    this.active.clear();
    for (const [source, ids] of next) this.active.set(source, ids);
  }

  /** Hover one feature, or none. */
  setHover(ref: MapFeatureRef | null): void {
    if (this.hovered) this.map.setFeatureState(this.hovered, { hover: false });
    this.hovered = ref;
    if (ref) this.map.setFeatureState(ref, { hover: true });
  }
}
