import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mapLocale, mapLocaleFor, uiStrings } from './ui-strings.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

describe('uiStrings', () => {
  // The toggle names the *other* script, so its two strings are not conversions of each other.
  const converted = Object.entries(uiStrings).filter(([key]) => !key.startsWith('scriptToggle'));

  it.each(converted)('%s: the Simplified string is the converted Traditional one', (_key, s) => {
    expect(s.hans).toBe(toSimplified(s.hant));
  });

  it('the toggle offers the other script, written in that script', () => {
    expect(uiStrings.scriptToggle).toEqual({ hant: '简体', hans: '繁體' });
  });
});

describe('mapLocale', () => {
  it.each(Object.entries(mapLocale))(
    '%s: the Simplified string is the converted Traditional one',
    (_key, s) => {
      expect(s.hans).toBe(toSimplified(s.hant));
    },
  );
  it('gives MapLibre one string per key in the script asked for', () => {
    expect(mapLocaleFor('hans')['NavigationControl.ZoomOut']).toBe('缩小');
    expect(Object.keys(mapLocaleFor('hant'))).toEqual(Object.keys(mapLocale));
  });
});
