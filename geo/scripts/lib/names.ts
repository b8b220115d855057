import * as OpenCC from 'opencc-js';

// OpenCC's standard Simplified→Traditional table ('cn' → 'tw'). For every name in the
// gazetteer 't' and 'tw' give the same result; 'tw' is chosen because it gives the
// forms the article prints (上寨鄉, 獲鹿鎮, 寺家莊鎮, 大王廟村, 鍾家莊村) and modern
// Taiwan forms elsewhere. 钟 → 鍾 (not 鐘) is checked by a test.
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * Hand corrections where OpenCC's character-level table gives the wrong form for a
 * place name. Keyed by the full Simplified string, so nothing else is affected.
 * Empty today: every article name converts correctly (see names.test.ts); add a row
 * with a reason and a test when a name is found wrong.
 * @internal
 */
export const HANT_OVERRIDES: Readonly<Record<string, string>> = {};

/** Simplified → Traditional for a place name, with the override table applied first. */
export function toHant(hans: string): string {
  return HANT_OVERRIDES[hans] ?? cnToTw(hans);
}

// Longest suffix first, so 村民委员会 is removed whole rather than leaving 村民.
const COMMITTEE_SUFFIXES = ['村民委员会', '居民委员会', '委员会'] as const;

/**
 * Strips the committee suffix from an official village-level name:
 * 贺庄社区居民委员会 → 贺庄社区, 北寨村村民委员会 → 北寨村, 王村村民委员会 → 王村.
 */
export function shortName(name: string): string {
  for (const suffix of COMMITTEE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      return name.slice(0, -suffix.length);
    }
  }
  return name;
}

/** 'community' for a 社区 (residents' committee area), else 'village'. */
export function villageKind(shortHans: string): 'village' | 'community' {
  return shortHans.endsWith('社区') ? 'community' : 'village';
}

/** Drops a trailing editorial note such as "石家庄市 (Hebei People's Government)". */
export function stripNote(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}
