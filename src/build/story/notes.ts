import type {
  ApproximateNote,
  Bilingual,
  ResolvedAs,
  Script,
  StandIn,
} from '../../shared/model.ts';
import { ui } from '../../shared/ui-strings.ts';

/** What a chapter's map note is made from. */
export interface ChapterNoteFacts {
  /** Names of everything the chapter is about, in front-matter order. */
  names: Bilingual[];
  approximate: ApproximateNote[];
  /** Whether the chapter is about every township-level unit of the district. */
  allTownships: boolean;
  derivedArea: boolean;
  /** How many township-level units the district has. */
  townshipCount: number;
}

/**
 * What the map shows for a chapter, in words: the note under the map, for readers who
 * cannot see it or cannot tell an estimated area from a surveyed one.
 */
export function chapterNote(facts: ChapterNoteFacts): Bilingual {
  return { hant: chapterNoteIn(facts, 'hant'), hans: chapterNoteIn(facts, 'hans') };
}

function chapterNoteIn(facts: ChapterNoteFacts, script: Script): string {
  const derived = facts.derivedArea ? [ui('derivedArea', script)] : [];
  if (facts.allTownships) {
    const all = ui('allTownships', script).replace('{n}', String(facts.townshipCount));
    return [`${ui('mapShowing', script)}${all}`, ...derived].join('；');
  }
  // Places shown through their township are named with it: 上莊鎮（大王廟村、大宋樓村位置約略）.
  const byArea = new Map<string, string[]>();
  for (const a of facts.approximate) {
    const names = byArea.get(a.shownAs[script]) ?? [];
    names.push(a.name[script]);
    byArea.set(a.shownAs[script], names);
  }
  const standIns = new Set(facts.approximate.map((a) => a.name[script]));
  const exact = facts.names.map((n) => n[script]).filter((n) => !standIns.has(n) && !byArea.has(n));
  const areas = [...byArea].map(
    ([area, names]) => `${area}（${names.join('、')}${ui('approximate', script)}）`,
  );
  return [`${ui('mapShowing', script)}${[...exact, ...areas].join('、')}`, ...derived].join('；');
}

/** The note after a place link was used: what the map now frames. */
export function placeNote(
  name: Bilingual,
  resolvedAs: ResolvedAs,
  standIn: StandIn | undefined,
): Bilingual {
  const noteIn = (script: Script): string =>
    // A village shown through its township is named with it; a district stand-in is too coarse to name.
    standIn && resolvedAs === 'township'
      ? `${ui('mapShowing', script)}${standIn.name[script]}（${name[script]}${ui('approximate', script)}）`
      : `${ui('mapShowing', script)}${name[script]}`;
  return { hant: noteIn('hant'), hans: noteIn('hans') };
}
