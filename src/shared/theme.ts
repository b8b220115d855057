/**
 * Colour and width roles of the story map, as one typed object so a missing role is a
 * compile error. Muted paper tones keep the text column the loudest thing on the page;
 * the one accent marks what the current chapter is about.
 */
export interface MapTheme {
  background: string;
  prefectureFill: string;
  countyFill: string;
  countyLine: string;
  districtFill: string;
  districtLine: string;
  townshipFill: string;
  townshipLine: string;
  accent: string;
  accentFill: string;
  /** Accent dark enough for small text on the accent fill (contrast ≥ 4.5:1). */
  accentText: string;
  approximateLine: string;
  placeDot: string;
  placeDotStroke: string;
  label: string;
  labelMuted: string;
  labelHalo: string;
}

export const theme: MapTheme = {
  background: '#f3efe6',
  prefectureFill: '#ebe5d8',
  countyFill: '#e6dfcf',
  countyLine: '#c9bea6',
  districtFill: '#faf7f0',
  districtLine: '#5b4a3a',
  townshipFill: '#f4efe3',
  townshipLine: '#a3957c',
  accent: '#b3261e',
  accentFill: '#e9a89c',
  accentText: '#7f1913',
  approximateLine: '#b3261e',
  placeDot: '#7a6a58',
  placeDotStroke: '#ffffff',
  label: '#2b2520',
  labelMuted: '#6b5f52',
  labelHalo: '#fbf9f4',
};

/**
 * Local font families for map labels. The style has no `glyphs` URL, so MapLibre draws
 * every label with these fonts in the browser: no glyph request leaves the page.
 */
export const labelFonts = {
  hant: ['Noto Sans CJK TC', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', 'sans-serif'],
  hans: ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
} as const;
