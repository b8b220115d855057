import type { Map as MaplibreMap, MapLayerEventType, Subscription } from 'maplibre-gl';

/**
 * `map.on(type, layerId, listener)` that survives a lost WebGL context. MapLibre 5's per-layer
 * listeners look the layer up in `map.style` on every pointer move or click, and while the
 * context is lost the style is null (MapLibre destroys it and rebuilds it on restore), so
 * each move over the paused map would throw. The listener is taken off the map when the
 * context is lost and put back when it is restored (the rebuilt style exists by then).
 */
export function onLayer<T extends keyof MapLayerEventType>(
  map: MaplibreMap,
  type: T,
  layerId: string,
  listener: (event: MapLayerEventType[T]) => void,
): void {
  let subscription: Subscription | null = map.on(type, layerId, listener);
  map.on('webglcontextlost', () => {
    subscription?.unsubscribe();
    subscription = null;
  });
  map.on('webglcontextrestored', () => {
    subscription ??= map.on(type, layerId, listener);
  });
}

/** The pointer cursor over a layer a reader can click (kept across a lost context, as above). */
export function pointerOver(map: MaplibreMap, layerId: string): void {
  onLayer(map, 'mouseenter', layerId, () => (map.getCanvas().style.cursor = 'pointer'));
  onLayer(map, 'mouseleave', layerId, () => (map.getCanvas().style.cursor = ''));
}
