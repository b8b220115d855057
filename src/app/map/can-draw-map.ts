/**
 * Whether this browser could draw the map at all: MapLibre 5 draws with WebGL 2, or WebGL 1
 * where there is no 2. This costs no context (a throwaway one took ~450 ms) and no MapLibre
 * code (the page loads that later): a browser that has the API but refuses a context makes
 * `createStoryMap` throw ("Failed to initialize WebGL").
 */
export function canDrawMap(): boolean {
  return typeof WebGLRenderingContext === 'function';
}
