import type { Division } from '../../shared/geo-schema.ts';
import type { Bilingual, Script } from '../../shared/model.ts';
import { ui } from '../../shared/ui-strings.ts';
import { escapeHtml } from '../../shared/html.ts';
import { toHans, toHansParts } from './script.ts';

/** The fields of a gazetteer division that name matching needs. */
type NamedDivision = Pick<Division, 'code' | 'name_hans' | 'short_hans' | 'kind'>;

/** A place name found in a text: UTF-16 offsets into the Traditional text. */
export interface NameMatch {
  start: number;
  end: number;
  code: string;
}

/**
 * Place names to find, keyed by their Simplified form. Matching happens in Simplified
 * because the gazetteer is Simplified and Traditional → Simplified is unambiguous
 * (Simplified → Traditional is not: 钟 is 鍾 or 鐘, 里 is 裡 or 裏).
 */
export class PlaceNames {
  private readonly byName = new Map<string, Set<string>>();
  private longest = 0;

  /** Adds `name` (either script; converted to Simplified) as a name of `code`. */
  add(name: string, code: string): void {
    const key = toHans(name);
    if (!key) return;
    const codes = this.byName.get(key) ?? new Set<string>();
    codes.add(code);
    this.byName.set(key, codes);
    this.longest = Math.max(this.longest, key.length);
  }

  /** A copy in which `name` means only `code` (a chapter's own `{ code, name }` pairs win). */
  withOverrides(pairs: readonly { name: string; code: string }[]): PlaceNames {
    const copy = new PlaceNames();
    for (const [name, codes] of this.byName) for (const code of codes) copy.add(name, code);
    for (const { name } of pairs) copy.byName.delete(toHans(name));
    for (const { name, code } of pairs) copy.add(name, code);
    return copy;
  }

  /** The one code a Simplified name stands for; `undefined` if unknown or ambiguous. */
  codeOf(hansName: string): string | undefined {
    const codes = this.byName.get(hansName);
    return codes && codes.size === 1 ? [...codes][0] : undefined;
  }

  /**
   * Finds place names in Traditional `text`, leftmost and longest first, never
   * overlapping. Ambiguous names (two villages with one name) are not matched.
   */
  find(text: string): NameMatch[] {
    const hans = toHans(text);
    if (hans.length !== text.length) return this.findByParts(text);
    return this.scan(hans.length, this.longest, (start, end) => hans.slice(start, end));
  }

  /** Fallback when conversion changes the length: convert each candidate slice. */
  private findByParts(text: string): NameMatch[] {
    return this.scan(text.length, this.longest + 2, (start, end) => toHans(text.slice(start, end)));
  }

  /**
   * Longest match first, left to right, never overlapping: at each position try the
   * longest key that names a place, else move on by one character.
   */
  private scan(
    length: number,
    maxLength: number,
    keyAt: (start: number, end: number) => string,
  ): NameMatch[] {
    const matches: NameMatch[] = [];
    let i = 0;
    while (i < length) {
      let found: NameMatch | undefined;
      for (let len = Math.min(maxLength, length - i); len >= 2 && !found; len--) {
        const code = this.codeOf(keyAt(i, i + len));
        if (code) found = { start: i, end: i + len, code };
      }
      if (found) {
        matches.push(found);
        i = found.end;
      } else i += 1;
    }
    return matches;
  }
}

const CITY_SUFFIX = /市$/;

/**
 * The names every chapter can link: the district, the townships, every village and
 * community by its short name, and the cities (with and without 市, as the article
 * writes 武漢).
 */
export function gazetteerNames(divisions: readonly NamedDivision[]): PlaceNames {
  const names = new PlaceNames();
  for (const d of divisions) {
    names.add(d.short_hans, d.code);
    if (d.kind === 'district' || d.kind === 'city') names.add(d.name_hans, d.code);
    if (d.kind === 'city') names.add(d.short_hans.replace(CITY_SUFFIX, ''), d.code);
  }
  return names;
}

/**
 * Renders Traditional `text` as HTML in `script`, wrapping each match in a place link.
 * Text is converted and escaped; markup and attributes are built here, never converted.
 *
 * A link: `<a class="place-link" href="#place-CODE" data-place="CODE">賀莊村</a>`; an
 * approximate one adds `data-approximate="true"`, a `title` and a visually hidden note
 * `（位置約略: 獲鹿鎮）` so screen readers hear it too.
 */
export function renderLinkedText(
  text: string,
  matches: readonly NameMatch[],
  script: Script,
  standIn: (code: string) => Bilingual | undefined,
): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of matches) {
    parts.push(text.slice(at, m.start), text.slice(m.start, m.end));
    at = m.end;
  }
  parts.push(text.slice(at));
  const shown = script === 'hans' ? toHansParts(parts) : parts;
  let html = '';
  shown.forEach((part, i) => {
    const match = i % 2 === 1 ? matches[(i - 1) / 2] : undefined;
    if (!match) {
      html += escapeHtml(part);
      return;
    }
    const area = standIn(match.code)?.[script];
    const code = escapeHtml(match.code);
    const note = area ? `${ui('approximate', script)}: ${area}` : undefined;
    const attrs = note ? ` data-approximate="true" title="${escapeHtml(note)}"` : '';
    const hidden = note ? `<span class="visually-hidden">（${escapeHtml(note)}）</span>` : '';
    html += `<a class="place-link" href="#place-${code}" data-place="${code}"${attrs}>${escapeHtml(part)}${hidden}</a>`;
  });
  return html;
}
