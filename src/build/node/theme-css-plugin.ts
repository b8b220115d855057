import type { Plugin } from 'vite';
import { theme, type MapTheme } from '../../shared/theme.ts';

const virtualId = 'virtual:map-theme.css';
const resolvedId = `\0${virtualId}`;

/**
 * The theme roles the page's CSS uses: the accent (the text's marks share the map's) and
 * the background (the pane behind the map picture and the transparent canvas). Only these
 * are emitted; a stylesheet that needs another role adds it here.
 */
export const cssRoles = ['accent', 'background'] as const satisfies readonly (keyof MapTheme)[];

/** `townshipLine` → `--map-township-line`: the CSS name of a theme role. */
export function themeProperty(role: keyof MapTheme): string {
  return `--map-${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * {@link cssRoles} of the map theme as custom properties on `:root`, so the page's CSS
 * takes those colours from src/shared/theme.ts instead of repeating them.
 */
export function themeCss(t: MapTheme = theme): string {
  const lines = cssRoles.map((role) => `  ${themeProperty(role)}: ${t[role]};`);
  return `/* From src/shared/theme.ts (src/build/node/theme-css-plugin.ts). */\n:root {\n${lines.join('\n')}\n}\n`;
}

/** Vite plugin: serves {@link themeCss} as `virtual:map-theme.css` (main.ts imports it first). */
export function themeCssPlugin(): Plugin {
  return {
    name: 'luquan-map-theme-css',
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      return id === resolvedId ? themeCss() : undefined;
    },
  };
}
