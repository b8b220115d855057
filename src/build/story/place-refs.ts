import type { Division } from '../../shared/geo-schema.ts';
import type { ContentIssue } from '../content/issues.ts';
import type { PlaceRef } from '../content/chapter-fields.ts';
import type { PlaceResolver } from '../gazetteer/resolve-place.ts';
import { toHans } from '../content/script.ts';

/** Generic suffixes stripped before comparing a name as written with an official name. */
const SUFFIXES = /(社区|村|镇|乡|区|市)$/;

/** The stem of a name for comparison: Simplified, without a generic suffix (賀莊村 → 贺庄). */
function nameStem(name: string): string {
  const hans = toHans(name.trim());
  const stem = hans.replace(SUFFIXES, '');
  return stem || hans;
}

/** True when `written` (as the article writes it) names `division`. */
function nameMatches(written: string, division: Division): boolean {
  const stem = nameStem(written);
  return stem === nameStem(division.short_hans) || stem === nameStem(division.name_hans);
}

/**
 * The valid code nearest to an unknown one: a division whose name matches the name
 * given with it; else the same length, longest common prefix, then numerically closest.
 */
export function nearestCode(
  code: string,
  name: string | undefined,
  divisions: readonly Division[],
): Division | undefined {
  if (name !== undefined) {
    const byName = divisions.filter((d) => nameMatches(name, d));
    if (byName.length === 1) return byName[0];
  }
  let best: Division | undefined;
  let bestPrefix = -1;
  let bestDiff = Infinity;
  for (const d of divisions) {
    if (d.code.length !== code.length) continue;
    let prefix = 0;
    while (prefix < code.length && d.code[prefix] === code[prefix]) prefix++;
    const diff = Math.abs(Number(d.code) - Number(code));
    if (prefix > bestPrefix || (prefix === bestPrefix && diff < bestDiff)) {
      best = d;
      bestPrefix = prefix;
      bestDiff = diff;
    }
  }
  return best;
}

/** `邓村 / 鄧村`, or one name when both scripts agree. */
function bothNames(d: Division): string {
  return d.short_hans === d.short_hant ? d.short_hans : `${d.short_hans} / ${d.short_hant}`;
}

/**
 * Checks a chapter's place refs: each code exists, a name given with it names that
 * division, and the name occurs in the chapter's text (not checked when `chapterText`
 * is undefined because the body itself has problems).
 *
 * @returns the codes that resolve, in front-matter order, and an issue per problem
 */
export function checkPlaceRefs(
  refs: readonly PlaceRef[],
  resolver: PlaceResolver,
  file: string,
  chapterText: string | undefined,
): { codes: string[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const codes: string[] = [];
  const divisions = resolver.divisions();
  for (const ref of refs) {
    const place = resolver.resolve(ref.code);
    const division = divisions.find((d) => d.code === ref.code);
    if (!place || !division) {
      const near = nearestCode(ref.code, ref.name, divisions);
      issues.push({
        file,
        line: ref.line,
        message: `unknown place code '${ref.code}'`,
        hint: near
          ? `did you mean '${near.code}' (${near.short_hant})?`
          : 'look the code up in the gazetteer (geo/divisions.json)',
      });
      continue;
    }
    codes.push(ref.code);
    if (ref.name === undefined) continue;
    if (!nameMatches(ref.name, division)) {
      issues.push({
        file,
        line: ref.line,
        message: `name ${ref.name} does not match ${ref.code} (${bothNames(division)})`,
        hint: 'check the code or the name',
      });
    } else if (chapterText !== undefined && !chapterText.includes(ref.name)) {
      issues.push({
        file,
        line: ref.line,
        message: `name ${ref.name} does not appear in the chapter text`,
        hint: "write the name exactly as this chapter's body does, or list the code alone",
      });
    }
  }
  return { codes, issues };
}
