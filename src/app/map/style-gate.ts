import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Until the style has loaded, the map cannot take feature states, filters or layout
 * changes. The gate runs such an action at once when it can; before that it keeps the
 * latest action per kind and runs them on load, in the order the kinds were given.
 */
export class StyleGate<Kind extends string> {
  private loaded = false;
  private readonly pending = new Map<Kind, () => void>();

  constructor(map: MaplibreMap, order: readonly Kind[]) {
    map.once('load', () => {
      this.loaded = true;
      for (const kind of order) this.pending.get(kind)?.();
      this.pending.clear();
    });
  }

  /** Whether the style has loaded. */
  get ready(): boolean {
    return this.loaded;
  }

  /** Run `action` now, or on load if no later action of the same kind replaces it. */
  run(kind: Kind, action: () => void): void {
    if (this.loaded) action();
    else this.pending.set(kind, action);
  }
}
