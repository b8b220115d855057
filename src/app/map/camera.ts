import type { FlyToOptions, JumpToOptions, PaddingOptions } from 'maplibre-gl';
import { frameBBox } from '../../shared/framing.ts';
import type { BBox, CameraTarget } from '../../shared/model.ts';

/** How long a flight between chapters takes. */
const flyDurationMs = 1800;

/** Fits a box into the map's viewport: MapLibre's `cameraForBounds`, passed in. */
export type FitBounds = (
  bounds: BBox,
  options: { padding: Required<PaddingOptions>; maxZoom: number; bearing: number },
) => JumpToOptions | undefined;

/** The camera call to make: a flight, or a jump (first view, reduced motion, resize). */
export type CameraMove =
  { method: 'flyTo'; options: FlyToOptions } | { method: 'jumpTo'; options: JumpToOptions };

/**
 * The camera move that shows `target`: an editor's full camera (center and zoom) as
 * written, else the target's framed bounds fitted with `fit`, with any partial hint on
 * top. `undefined` when the bounds cannot be fitted (a map of zero size).
 */
export function cameraMove(
  target: CameraTarget,
  view: { padding: Required<PaddingOptions>; animate: boolean },
  fit: FitBounds,
): CameraMove | undefined {
  const { padding } = view;
  const hint = target.hint ?? {};
  const bearing = hint.bearing ?? 0;
  const pitch = hint.pitch ?? 0;
  let camera: JumpToOptions;
  if (hint.center && hint.zoom !== undefined) {
    camera = { center: hint.center, zoom: hint.zoom, bearing, pitch, padding };
  } else {
    const framed = fit(frameBBox(target.bounds), { padding, maxZoom: target.maxZoom, bearing });
    if (!framed) return undefined;
    camera = {
      ...framed,
      ...(hint.zoom !== undefined ? { zoom: hint.zoom } : {}),
      ...(hint.center ? { center: hint.center } : {}),
      pitch,
    };
  }
  return view.animate
    ? { method: 'flyTo', options: { ...camera, duration: flyDurationMs, essential: false } }
    : { method: 'jumpTo', options: camera };
}
