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
  /**
   * Points MapLibre at its worker where the build needs it (v6, v5's CSP build); nothing for
   * v5's default bundle. Only `setWorkerUrl` is used (with MapLibre 5's types, `typeof` the
   * namespace import and of a type-only import differ).
   */
  export function setUpWorker(library: { setWorkerUrl(url: string): void }): void;
}
