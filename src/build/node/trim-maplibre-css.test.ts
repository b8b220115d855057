import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss, unusedMaplibreClasses } from './trim-maplibre-css.ts';

const css = readFileSync(
  createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'),
  'utf8',
);

describe('trimMaplibreCss', () => {
  const trimmed = trimMaplibreCss(css);

  it('drops every rule of the controls the page does not use', () => {
    for (const cls of unusedMaplibreClasses) expect(trimmed).not.toContain(`.${cls}`);
    expect(trimmed).not.toContain('@keyframes maplibregl-user-location');
  });

  it('keeps what the page uses: zoom buttons, compact attribution, cooperative gestures, popups', () => {
    for (const cls of [
      '.maplibregl-popup-content',
      '.maplibregl-popup-anchor-bottom .maplibregl-popup-tip',
      '.maplibregl-ctrl-zoom-in',
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-compact-show',
      '.maplibregl-cooperative-gesture-screen',
      '.maplibregl-canvas',
    ]) {
      expect(trimmed).toContain(cls);
    }
  });

  it('keeps the other selectors of a rule it trims', () => {
    expect(trimMaplibreCss('.a,.maplibregl-marker{color:red}')).toBe('.a{color:red}');
  });
});
