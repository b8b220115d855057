import * as OpenCC from 'opencc-js';
import type { Bilingual } from '../../shared/model.ts';

/**
 * Traditional (as published, Taiwan-standard variants such as 裡, 瞭解) → Simplified
 * (mainland). Converts plain text only: callers must pass text, never markup, so
 * attributes such as `data-place` are untouched.
 */
export const toHans: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** A Traditional string with its Simplified form beside it. */
export function bilingual(hant: string): Bilingual {
  return { hant, hans: toHans(hant) };
}

/**
 * Converts `text` to Simplified and slices the result at the same offsets as `parts`
 * (lengths in UTF-16 units of the Traditional text). Converting the whole string keeps
 * phrase context across part boundaries; when the conversion changes the length, each
 * part is converted on its own instead.
 */
export function toHansParts(parts: readonly string[]): string[] {
  const whole = parts.join('');
  const converted = toHans(whole);
  if (converted.length !== whole.length) return parts.map((p) => toHans(p));
  const out: string[] = [];
  let at = 0;
  for (const part of parts) {
    out.push(converted.slice(at, at + part.length));
    at += part.length;
  }
  return out;
}
