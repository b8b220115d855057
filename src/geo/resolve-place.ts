/**
 * Temporary re-export, kept only because geo/scripts/lib/build.ts (owned by the geo
 * pipeline branch) still imports `Division` from here. Delete this file once that import
 * points at src/shared/geo-schema.ts.
 */
export type { Division } from '../shared/geo-schema.ts';
