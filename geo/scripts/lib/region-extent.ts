/**
 * The extent of the regional context data (provinces, river, reservoir): one home for
 * the boxes used by the extraction (extract-region-sources.ts) and the pipeline
 * (region.ts), so both always agree.
 */

/** West, south, east, north in WGS84 degrees. */
export type Box = [w: number, s: number, e: number, n: number];

/**
 * North-central China around Hebei, wide enough for the locator inset and for the
 * closing chapter's view from Luquan (114.3°E 38.1°N) to Wuhan (114.3°E 30.6°N).
 */
export const REGION_BOX: Box = [108, 28, 123, 43];

/**
 * Whole GSHHG bins (1°) around Shijiazhuang: the Hutuo from the Shanxi border to past
 * Shijiazhuang, and the reservoirs on it. Whole bins, so GMT's output is the box exactly.
 */
export const HYDRO_BOX: Box = [113, 37, 116, 39];

/** Outlines of neighbouring countries, kept only to prove none of their borders is drawn. */
export const FOREIGN_CHECK_BOX: Box = [105, 26, 126, 46];

/** DCW-GMT state codes of every Chinese province that reaches into REGION_BOX. */
export const DCW_PROVINCES: readonly (readonly [dcw: string, name: string])[] = [
  ['CN.AH', 'Anhui'],
  ['CN.BJ', 'Beijing'],
  ['CN.CQ', 'Chongqing'],
  ['CN.FJ', 'Fujian'],
  ['CN.GS', 'Gansu'],
  ['CN.GZ', 'Guizhou'],
  ['CN.HA', 'Henan'],
  ['CN.HB', 'Hubei'],
  ['CN.HE', 'Hebei'],
  ['CN.HN', 'Hunan'],
  ['CN.JS', 'Jiangsu'],
  ['CN.JX', 'Jiangxi'],
  ['CN.LN', 'Liaoning'],
  ['CN.NM', 'Nei Mongol'],
  ['CN.SC', 'Sichuan'],
  ['CN.SD', 'Shandong'],
  ['CN.SH', 'Shanghai'],
  ['CN.SN', 'Shaanxi'],
  ['CN.SX', 'Shanxi'],
  ['CN.TJ', 'Tianjin'],
  ['CN.ZJ', 'Zhejiang'],
];

/** DCW country codes whose borders with China come near REGION_BOX. */
export const FOREIGN_COUNTRIES: readonly (readonly [dcw: string, name: string])[] = [
  ['MN', 'Mongolia'],
  ['KP', 'North Korea'],
];
