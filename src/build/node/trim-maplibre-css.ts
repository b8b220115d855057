import postcss from 'postcss';
import type { Plugin } from 'vite';

/**
 * Class prefixes of MapLibre controls and overlays this page never creates (it has zoom buttons,
 * the compact attribution, cooperative gestures and the gift popups only). Their rules, most of them
 * inline SVG icons, are half of maplibre-gl.css.
 */
export const unusedMaplibreClasses = [
  'maplibregl-ctrl-geolocate',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-ctrl-compass',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-scale',
  'maplibregl-marker',
  'maplibregl-user-location',
] as const;

// A class or any class it prefixes (`-popup-tip`, `-ctrl-terrain-enabled`), and the keyframes.
const unused = new RegExp(`\\.(?:${unusedMaplibreClasses.join('|')})|user-location`);

/** maplibre-gl.css without the rules (and keyframes) that only style unused classes. */
export function trimMaplibreCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((s) => !unused.test(s));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  root.walkAtRules((at) => {
    if (at.name === 'keyframes' && unused.test(at.params)) at.remove();
    else if (at.nodes?.length === 0) at.remove();
  });
  return root.toString();
}

/** Vite plugin: trims maplibre-gl.css as it is imported (before Vite's own CSS handling). */
export function trimMaplibreCssPlugin(): Plugin {
  return {
    name: 'luquan-trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(?:\?|$)/.test(id)) return null;
      return { code: trimMaplibreCss(code), map: null };
    },
  };
}
