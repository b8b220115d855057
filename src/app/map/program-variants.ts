import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * MapLibre compiles one GL program per layer type *and* per set of paint properties that
 * vary by feature. A layer with a constant colour and one whose colour reads feature state
 * need two programs, and each costs 150–250 ms to compile under software WebGL. Writing a
 * fixed value in the per-feature form lets every layer of a type share one program; the
 * look is unchanged.
 */

const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];

/** `value` for every feature, written per feature (a feature-state read) to share a program. */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', active, value, value];
}

/** A per-feature `value` written the same at every zoom: the zoom-and-feature form. */
export function perZoom(value: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 9, value, 13, value];
}

/** `value` at every zoom and for every feature: the zoom-and-feature form of a constant. */
export function perFeatureAndZoom(value: number): ExpressionSpecification {
  return perZoom(perFeature(value));
}
