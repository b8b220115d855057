import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';

/**
 * Filters and visibility as last set on the map, so a chapter change sets only what
 * differs: each `setFilter` or `setLayoutProperty` makes MapLibre re-evaluate the layer,
 * and most chapters change one or two of them, if any.
 */
export class LayerSettings {
  private readonly filters = new Map<string, string>();
  private readonly visibility = new Map<string, 'visible' | 'none'>();

  constructor(private readonly map: MaplibreMap) {}

  /** Set a layer's filter unless it already has an equal one. Returns whether it changed. */
  setFilter(layerId: string, filter: FilterSpecification): boolean {
    const key = JSON.stringify(filter);
    if (this.filters.get(layerId) === key) return false;
    this.filters.set(layerId, key);
    this.map.setFilter(layerId, filter);
    return true;
  }

  /** Show or hide a layer unless it already is. Returns whether it changed. */
  setVisible(layerId: string, visible: boolean): boolean {
    const next = visible ? 'visible' : 'none';
    const current =
      this.visibility.get(layerId) ?? this.map.getLayoutProperty(layerId, 'visibility');
    if ((current ?? 'visible') === next) {
      this.visibility.set(layerId, next);
      return false;
    }
    this.visibility.set(layerId, next);
    this.map.setLayoutProperty(layerId, 'visibility', next);
    return true;
  }
}
