import type { Map as MaplibreMap } from 'maplibre-gl';

/** What an action is run for: the first time, or again on a style rebuilt after a lost context. */
export type GateRun = 'first' | 'replay';

/**
 * The map can take feature states, filters, layout changes and camera moves only while it
 * has a loaded style. It has none before its first load, and none while its WebGL context
 * is lost: MapLibre then destroys the style (`map.style` is null, so `setFeatureState`
 * throws) and on restore rebuilds it from a snapshot taken at the loss, without feature
 * states and without anything asked for in between.
 *
 * The gate keeps the latest action of each kind. It runs an action at once while the map
 * is drawable; otherwise it runs the kept ones, in the order the kinds were given, when the
 * style has loaded: first on load, and again (`replay`) after every restored context.
 */
export class StyleGate<Kind extends string> {
  private drawable = false;
  private lost = false;
  /** Counts losses, so a restore superseded by a newer loss does nothing. */
  private losses = 0;
  private readonly latest = new Map<Kind, (run: GateRun) => void>();
  private readonly pauseListeners: (() => void)[] = [];

  constructor(
    private readonly map: MaplibreMap,
    private readonly order: readonly Kind[],
  ) {
    // The style, not every tile: a chapter's state and the layers it adds then load with
    // the opening view's tiles instead of starting a second round after them.
    map.once('style.load', () => this.open('first'));
    map.on('webglcontextlost', () => {
      this.losses += 1;
      this.drawable = false;
      this.setLost(true);
    });
    map.on('webglcontextrestored', () => {
      const loss = this.losses;
      const reopen = (): void => {
        if (loss !== this.losses || !map.style) return;
        this.setLost(false);
        this.open('replay');
      };
      if (map.isStyleLoaded()) reopen();
      else map.once('style.load', reopen);
    });
  }

  /** Whether the map can take changes now (style loaded, context not lost). */
  get ready(): boolean {
    return this.drawable;
  }

  /** Whether the map has lost its WebGL context and waits for it to come back. */
  get paused(): boolean {
    return this.lost;
  }

  /** Call `listener` whenever the map is paused (context lost) or drawn again. */
  onPauseChange(listener: () => void): void {
    this.pauseListeners.push(listener);
  }

  /** Run `action` now if the map is drawable; keep it as the latest of its kind either way. */
  run(kind: Kind, action: (run: GateRun) => void): void {
    this.latest.set(kind, action);
    if (this.drawable) action('first');
  }

  /** Drop the kept action of a kind (a later action of another kind supersedes it). */
  forget(kind: Kind): void {
    this.latest.delete(kind);
  }

  private open(run: GateRun): void {
    if (!this.map.style) return; // lost before the first load: the restore opens the gate
    this.drawable = true;
    for (const kind of this.order) this.latest.get(kind)?.(run);
  }

  private setLost(lost: boolean): void {
    if (lost === this.lost) return;
    this.lost = lost;
    for (const listener of this.pauseListeners) listener();
  }
}
