import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    /** The page's MapLibre map (see src/app/map/story-map.ts). */
    __map?: Map;
  }
}
