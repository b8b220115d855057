/// <reference types="vite/client" />
/** Modules the baseline's Vite plugin (../build-pages.ts) provides. */
declare module 'virtual:baseline-chapters' {
  /** Per chapter, in reading order: the box to frame and the highest zoom to frame it at. */
  export const chapters: {
    id: string;
    bounds: [number, number, number, number];
    maxZoom: number;
  }[];
}

declare module 'virtual:baseline-worker' {
  import type * as maplibregl from 'maplibre-gl';
  /** Points MapLibre at its worker where the major version needs it (v6); nothing for v5. */
  export function setUpWorker(library: typeof maplibregl): void;
}
