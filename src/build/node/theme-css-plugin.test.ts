import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { theme } from '../../shared/theme.ts';
import { cssRoles, themeCss, themeProperty } from './theme-css-plugin.ts';

const stylesDir = new URL('../../app/styles/', import.meta.url);
const stylesheets = readdirSync(stylesDir)
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(new URL(name, stylesDir), 'utf8'))
  .join('\n');

describe('themeCss', () => {
  it('names a role in kebab case under --map-', () => {
    expect(themeProperty('townshipLine')).toBe('--map-township-line');
    expect(themeProperty('accent')).toBe('--map-accent');
  });

  it('declares each role the CSS uses with the theme’s value', () => {
    const css = themeCss({ ...theme, accent: '#123456', background: '#abcdef' });
    expect(css).toMatch(/:root \{[^}]*--map-accent: #123456;[^}]*\}/);
    expect(css).toContain('--map-background: #abcdef;');
    expect(css).not.toContain('--map-township-line');
  });

  it('is the only home of those colours: the stylesheets use the properties, not the values', () => {
    for (const role of cssRoles) {
      expect(stylesheets).toContain(`var(${themeProperty(role)})`);
      expect(stylesheets.toLowerCase()).not.toContain(theme[role].toLowerCase());
    }
  });
});
