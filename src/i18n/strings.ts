import type { Bilingual, Script } from '../story/model.ts';

/**
 * Every UI string of the page, in both scripts. The Simplified column is what opencc-js
 * makes of the Traditional one (checked by strings.test.ts), written out so the page
 * ships no converter.
 */
export const uiStrings = {
  scriptToggle: { hant: '简体', hans: '繁體' },
  scriptToggleLabel: { hant: '切換為簡體字', hans: '切换为繁体字' },
  mapRegion: { hant: '地圖', hans: '地图' },
  mapShowing: { hant: '地圖顯示:', hans: '地图显示:' },
  approximate: { hant: '位置約略', hans: '位置约略' },
  approximateNote: {
    hant: '此處沒有確切座標,地圖以所屬鄉鎮的約略範圍標示。',
    hans: '此处没有确切座标,地图以所属乡镇的约略范围标示。',
  },
  derivedArea: { hant: '鄉鎮範圍為推估', hans: '乡镇范围为推估' },
  placesHeading: { hant: '本文地點', hans: '本文地点' },
  placesIntro: {
    hant: '文中提到的地點,以及提到它們的段落。',
    hans: '文中提到的地点,以及提到它们的段落。',
  },
  creditsHeading: { hant: '資料來源', hans: '资料来源' },
  skipToText: { hant: '跳到正文', hans: '跳到正文' },
  mapUnavailable: {
    hant: '地圖無法在此瀏覽器顯示;全文仍可閱讀。',
    hans: '地图无法在此浏览器显示;全文仍可阅读。',
  },
  chapterLink: { hant: '段落', hans: '段落' },
} satisfies Record<string, Bilingual>;

export type UiStringKey = keyof typeof uiStrings;

/** The string for `key` in `script`. */
export function ui(key: UiStringKey, script: Script): string {
  return uiStrings[key][script];
}

/** BCP 47 tag for a script, for the `lang` attribute. */
export function langTag(script: Script): 'zh-Hant' | 'zh-Hans' {
  return script === 'hant' ? 'zh-Hant' : 'zh-Hans';
}
