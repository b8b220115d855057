/**
 * The map legend: a small registry of symbols, each deciding from the chapter's map state
 * (or from what the map actually drew) whether the current view shows it. Other layers add
 * their own entry with {@link registerLegendEntry}; the legend lists only what is shown.
 */
import type { Bilingual, MapState, Script } from '../../shared/model.ts';
import { theme } from '../../shared/theme.ts';
import { isWideView, regionTheme } from './region-layers.ts';

/** How an entry's symbol is drawn: a filled box, a line, or a dot. */
export interface LegendSwatch {
  shape: 'fill' | 'line' | 'dot';
  color: string;
  /** Outline colour of a fill or dot. */
  stroke?: string;
  dashed?: boolean;
}

/** What an entry may look at to decide whether the view shows its symbol. */
export interface LegendContext {
  state: MapState;
  /** Whether the map has drawn any feature of this layer in the current view. */
  rendered(layerId: string): boolean;
}

/** One symbol of the legend. */
export interface LegendEntry {
  id: string;
  label: Bilingual;
  swatch: LegendSwatch;
  shows(context: LegendContext): boolean;
}

const highlighted = (state: MapState, source: string) =>
  state.highlights.some((h) => h.source === source);

const entries: LegendEntry[] = [
  {
    id: 'township',
    label: { hant: '鄉鎮範圍', hans: '乡镇范围' },
    swatch: { shape: 'fill', color: theme.accentFill, stroke: theme.accent },
    shows: ({ state }) => highlighted(state, 'townships') && !state.derivedArea,
  },
  {
    id: 'township-derived',
    label: { hant: '鄉鎮範圍（推估，虛線）', hans: '乡镇范围（推估，虚线）' },
    swatch: { shape: 'fill', color: theme.accentFill, stroke: theme.approximateLine, dashed: true },
    shows: ({ state }) => highlighted(state, 'townships') && state.derivedArea,
  },
  {
    id: 'village',
    label: { hant: '村莊', hans: '村庄' },
    swatch: { shape: 'dot', color: theme.accent, stroke: theme.placeDotStroke },
    shows: ({ state }) => highlighted(state, 'places'),
  },
  {
    id: 'approximate',
    label: { hant: '位置約略：以所屬鄉鎮表示', hans: '位置约略：以所属乡镇表示' },
    swatch: { shape: 'fill', color: theme.accentFill, stroke: theme.approximateLine, dashed: true },
    shows: ({ state }) => state.approximate.length > 0,
  },
  {
    id: 'city',
    label: { hant: '城市', hans: '城市' },
    swatch: { shape: 'dot', color: theme.accent, stroke: theme.placeDotStroke },
    shows: ({ state }) => state.cities.length > 0,
  },
  {
    id: 'wuhan-link',
    label: { hant: '鹿泉—武漢', hans: '鹿泉—武汉' },
    swatch: { shape: 'line', color: theme.accent, dashed: true },
    shows: ({ state }) => state.layers.includes('wuhan-link'),
  },
  {
    id: 'river',
    label: { hant: '河流', hans: '河流' },
    swatch: { shape: 'line', color: regionTheme.water },
    shows: ({ rendered }) => rendered('river-line'),
  },
  {
    id: 'reservoir',
    label: { hant: '水庫', hans: '水库' },
    swatch: { shape: 'fill', color: regionTheme.waterFill, stroke: regionTheme.water },
    shows: ({ rendered }) => rendered('reservoir-fill'),
  },
  {
    id: 'province',
    label: { hant: '省界', hans: '省界' },
    swatch: { shape: 'line', color: regionTheme.provinceLine },
    shows: ({ state }) => isWideView(state),
  },
];

/** Add a symbol to the legend (e.g. a layer added by another module). Later entries list last. */
export function registerLegendEntry(entry: LegendEntry): void {
  const at = entries.findIndex((e) => e.id === entry.id);
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
}

/** The entries the view shows, in registry order. @internal */
export function legendEntries(context: LegendContext): LegendEntry[] {
  return entries.filter((e) => e.shows(context));
}

function swatchElement(swatch: LegendSwatch): HTMLElement {
  const el = document.createElement('span');
  el.className = `legend-swatch legend-swatch-${swatch.shape}`;
  el.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: allowed by the page's CSP.
  const style = el.style;
  if (swatch.shape === 'line') {
    style.setProperty('border-top-color', swatch.color);
    style.setProperty('border-top-style', swatch.dashed ? 'dashed' : 'solid');
  } else {
    style.setProperty('background-color', swatch.color);
    style.setProperty('border-color', swatch.stroke ?? swatch.color);
    style.setProperty('border-style', swatch.dashed ? 'dashed' : 'solid');
  }
  return el;
}

/** The legend element: a list of the shown entries, collapsible on a phone. */
export interface Legend {
  element: HTMLElement;
  update(context: LegendContext, script: Script): void;
}

/** Creates the legend (empty until the first update). */
export function createLegend(title: Bilingual): Legend {
  const element = document.createElement('details');
  element.className = 'map-legend';
  element.open = true;
  const summary = document.createElement('summary');
  const list = document.createElement('ul');
  element.append(summary, list);
  return {
    element,
    update(context, script) {
      const shown = legendEntries(context);
      const key = `${script}:${shown.map((e) => e.id).join(' ')}`;
      if (element.dataset.key === key) return; // unchanged: keep the DOM (and any focus) as is
      element.dataset.key = key;
      summary.textContent = title[script];
      element.hidden = shown.length === 0;
      element.dataset.entries = shown.map((e) => e.id).join(' ');
      list.replaceChildren(
        ...shown.map((entry) => {
          const item = document.createElement('li');
          item.dataset.entry = entry.id;
          item.append(swatchElement(entry.swatch), document.createTextNode(entry.label[script]));
          return item;
        }),
      );
    },
  };
}
