import type { Bilingual, Script } from './model.ts';

/**
 * Every UI string of the page, in both scripts. The Simplified column is what opencc-js
 * makes of the Traditional one (checked by strings.test.ts), written out so the page
 * ships no converter.
 */
export const uiStrings = {
  scriptToggle: { hant: '简体', hans: '繁體' },
  mapRegion: { hant: '地圖', hans: '地图' },
  mapShowing: { hant: '地圖顯示：', hans: '地图显示：' },
  approximate: { hant: '位置約略', hans: '位置约略' },
  derivedArea: { hant: '鄉鎮界線為推估', hans: '乡镇界线为推估' },
  officialName: { hant: '今', hans: '今' },
  allTownships: { hant: '全區{n}個鄉鎮(開發區)', hans: '全区{n}个乡镇(开发区)' },
  switchTo: { hant: '切換為', hans: '切换为' },
  placesHeading: { hant: '本文地點', hans: '本文地点' },
  placesIntro: {
    hant: '文中提到的地點，以及提到它們的段落。文中地名底線為虛線者，地圖只能標示其約略位置。',
    hans: '文中提到的地点，以及提到它们的段落。文中地名底线为虚线者，地图只能标示其约略位置。',
  },
  creditsHeading: { hant: '資料來源', hans: '资料来源' },
  licensesLink: {
    hant: '本頁所用開放原始碼軟體的授權條款(英文)',
    hans: '本页所用开放原始码软体的授权条款(英文)',
  },
  skipToText: { hant: '跳到正文', hans: '跳到正文' },
  mapUnavailable: {
    hant: '地圖無法在此瀏覽器顯示；全文仍可閱讀。',
    hans: '地图无法在此浏览器显示；全文仍可阅读。',
  },
  // Without JavaScript: the chapters' static maps stand in the text instead (static-map.css).
  mapNeedsScript: {
    hant: '互動地圖需要 JavaScript；各段的地圖附在該段文字之後。',
    hans: '互动地图需要 JavaScript；各段的地图附在该段文字之后。',
  },
  mapLoading: { hant: '地圖載入中…', hans: '地图载入中…' },
  mapLoadFailed: {
    hant: '地圖資料未能載入；全文仍可閱讀。',
    hans: '地图资料未能载入；全文仍可阅读。',
  },
  scriptLoadFailed: {
    hant: '字體切換未能完成；請稍後再試。',
    hans: '字体切换未能完成；请稍后再试。',
  },
  mapPaused: { hant: '地圖暫停中，稍後自動恢復。', hans: '地图暂停中，稍后自动恢复。' },
  // Navigation (issue 10): contents, keys, the places index's chapter names.
  contentsHeading: { hant: '目錄', hans: '目录' },
  contentsButton: { hant: '目錄', hans: '目录' },
  contentsClose: { hant: '關閉目錄', hans: '关闭目录' },
  openingPart: { hant: '開篇', hans: '开篇' },
  keysHeading: { hant: '鍵盤', hans: '键盘' },
  keyNext: { hant: '下一段', hans: '下一段' },
  keyPrevious: { hant: '上一段', hans: '上一段' },
  boundaryEstimated: { hant: '界線為推估', hans: '界线为推估' },
  readingProgress: { hant: '閱讀進度', hans: '阅读进度' },
} satisfies Record<string, Bilingual>;

export type UiStringKey = keyof typeof uiStrings;

/**
 * MapLibre's own words (control titles, the canvas label, the two-finger hint), in both
 * scripts, keyed as MapLibre's `locale` option expects.
 * @internal
 */
export const mapLocale = {
  'Map.Title': { hant: '鹿泉區地圖', hans: '鹿泉区地图' },
  'NavigationControl.ZoomIn': { hant: '放大', hans: '放大' },
  'NavigationControl.ZoomOut': { hant: '縮小', hans: '缩小' },
  'AttributionControl.ToggleAttribution': {
    hant: '顯示或隱藏資料來源',
    hans: '显示或隐藏资料来源',
  },
  'CooperativeGesturesHandler.WindowsHelpText': {
    hant: '按住 Ctrl 鍵並捲動以縮放地圖',
    hans: '按住 Ctrl 键并卷动以缩放地图',
  },
  'CooperativeGesturesHandler.MacHelpText': {
    hant: '按住 ⌘ 鍵並捲動以縮放地圖',
    hans: '按住 ⌘ 键并卷动以缩放地图',
  },
  'CooperativeGesturesHandler.MobileHelpText': { hant: '用兩指移動地圖', hans: '用两指移动地图' },
} satisfies Record<string, Bilingual>;

/** MapLibre's `locale` option for a script. */
export function mapLocaleFor(script: Script): Record<string, string> {
  return Object.fromEntries(Object.entries(mapLocale).map(([key, value]) => [key, value[script]]));
}

/** The string for `key` in `script`. */
export function ui(key: UiStringKey, script: Script): string {
  return uiStrings[key][script];
}

/** BCP 47 tag for a script, for the `lang` attribute. */
export function langTag(script: Script): 'zh-Hant' | 'zh-Hans' {
  return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}
