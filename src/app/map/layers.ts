/**
 * Every layer of the story map, bottom to top, and the filters chapters set on them.
 * Over 250 lines because it is one ordered list: the draw order reads top to bottom here.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { HighlightSource, Script } from '../../shared/model.ts';
import type { StoryLayerId } from '../../shared/story-layers.ts';
import { labelFonts, theme, type MapTheme } from '../../shared/theme.ts';
import { perFeature, perFeatureAndZoom } from './program-variants.ts';
import { giftCircleLayer, giftIds, giftLabelLayer } from './gifts-layer.ts';

/** Source ids of the story map. */
export const sourceIds = {
  context: 'context',
  townships: 'townships',
  townshipLabels: 'township-labels',
  districtLabel: 'district-label',
  places: 'places',
  wuhanLink: 'wuhan-link',
} as const satisfies { [K in HighlightSource]: K } & Record<string, string>;

/** The name property to label with in each script. */
export function nameField(script: Script): ExpressionSpecification {
  return ['get', script === 'hant' ? 'name_hant' : 'name_hans'];
}

const active: ExpressionSpecification = ['boolean', ['feature-state', 'active'], false];
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * Layers that chapters switch on and off by id (front matter `layers:`). Everything else
 * is always visible and changes only through feature state and filters.
 */
export const storyLayerIds = {
  'wuhan-link': ['wuhan-link-line'],
  'township-seats': ['township-seat-dot'],
  gifts: [giftIds.circle, giftIds.label],
  // A story layer id without map layers here is a compile error.
} as const satisfies Record<StoryLayerId, readonly string[]>;

/** Township labels: the chapter's own (`active`) or all the others. */
export function townshipLabelFilter(
  activeCodes: readonly string[],
  active: boolean,
): FilterSpecification {
  const isActive: FilterSpecification = ['in', ['get', 'code'], ['literal', [...activeCodes]]];
  return active ? isActive : ['!', isActive];
}

/** The filter that shows the context cities with these codes (none by default). */
export function cityFilter(codes: readonly string[]): FilterSpecification {
  return ['all', ['==', ['get', 'kind'], 'city'], ['in', ['get', 'code'], ['literal', [...codes]]]];
}

const noCity = cityFilter([]);

/** The story's lowest layer (an optional basemap goes under it). */
export const outsidePrefectureLayer = 'outside-prefecture-fill';
/** The kind of the context feature that covers the world beyond the prefecture (sources.ts). */
export const outsidePrefectureKind = 'outside-prefecture';

/** Every layer of the story map, bottom to top. */
export function storyLayers(script: Script, t: MapTheme = theme): LayerSpecification[] {
  const font = [...labelFonts[script]];
  return [
    {
      // The canvas is transparent and the map's container is the prefecture's colour
      // (story-map.ts): only the land beyond the prefecture is filled, the paper colour.
      // A background layer and a prefecture fill would each paint the whole view every
      // frame, which a software-rendered or phone GPU pays for in frame time.
      id: outsidePrefectureLayer,
      type: 'fill',
      source: sourceIds.context,
      filter: ['==', ['get', 'kind'], outsidePrefectureKind],
      paint: {
        'fill-color': perFeature(t.background),
        'fill-opacity': perFeature(1),
        'fill-antialias': false,
      },
    },
    {
      id: 'county-fill',
      type: 'fill',
      source: sourceIds.context,
      filter: ['==', ['get', 'kind'], 'county'],
      paint: {
        'fill-color': perFeature(t.countyFill),
        'fill-opacity': perFeature(1),
        'fill-antialias': false,
      },
    },
    {
      id: 'county-line',
      type: 'line',
      source: sourceIds.context,
      filter: ['==', ['get', 'kind'], 'county'],
      paint: { 'line-color': perFeature(t.countyLine), 'line-width': perFeature(0.8) },
    },
    {
      id: 'district-fill',
      type: 'fill',
      source: sourceIds.context,
      filter: ['==', ['get', 'kind'], 'district'],
      paint: {
        'fill-color': perFeature(t.districtFill),
        'fill-opacity': perFeature(1),
        'fill-antialias': false,
      },
    },
    {
      id: 'township-fill',
      type: 'fill',
      source: sourceIds.townships,
      paint: {
        'fill-color': ['case', active, t.accentFill, hover, t.accentFill, t.townshipFill],
        'fill-opacity': ['case', active, 0.75, hover, 0.45, 1],
        // township-line draws the edge: the fill's own outline would cost a program.
        'fill-antialias': false,
      },
    },
    {
      id: 'township-line',
      type: 'line',
      source: sourceIds.townships,
      paint: { 'line-color': perFeature(t.townshipLine), 'line-width': perFeature(1) },
    },
    {
      // Derived areas (the Voronoi partition) are outlined dashed when active, to say so.
      id: 'township-active-line',
      type: 'line',
      source: sourceIds.townships,
      filter: ['!=', ['get', 'boundary'], 'sourced'],
      // Shown only while a chapter has active townships (story-map.ts): its dashed-line
      // program is then compiled when first needed, not for the opening view.
      layout: { visibility: 'none' },
      paint: {
        'line-color': perFeature(t.approximateLine),
        'line-width': ['case', active, 2, 0],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      // Areas from a real boundary file (geo/sources/township-boundaries.geojson) are solid.
      id: 'township-active-line-sourced',
      type: 'line',
      source: sourceIds.townships,
      filter: ['==', ['get', 'boundary'], 'sourced'],
      paint: { 'line-color': perFeature(t.accent), 'line-width': ['case', active, 2, 0] },
    },
    {
      id: 'district-line',
      type: 'line',
      source: sourceIds.context,
      filter: ['==', ['get', 'kind'], 'district'],
      paint: {
        'line-color': ['case', active, t.accent, t.districtLine],
        'line-width': ['case', active, 3, 1.8],
      },
    },
    {
      id: 'wuhan-link-line',
      type: 'line',
      source: sourceIds.wuhanLink,
      layout: { visibility: 'none', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(t.accent),
        'line-width': perFeature(2.5),
        'line-dasharray': [1, 2],
      },
    },
    {
      id: 'place-dot',
      type: 'circle',
      source: sourceIds.places,
      filter: ['in', ['get', 'kind'], ['literal', ['village', 'community']]],
      paint: {
        'circle-color': ['case', active, t.accent, hover, t.accent, t.placeDot],
        // Villages the chapter is not about stay in the background.
        'circle-opacity': ['case', active, 1, hover, 1, 0.45],
        'circle-stroke-opacity': ['case', active, 1, 0],
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          9,
          ['case', active, 5, 1.5],
          13,
          ['case', active, 8, 4],
        ],
        'circle-stroke-color': t.placeDotStroke,
        'circle-stroke-width': ['case', active, 2, 0.5],
      },
    },
    {
      id: 'township-seat-dot',
      type: 'circle',
      source: sourceIds.places,
      filter: ['in', ['get', 'kind'], ['literal', ['township-seat', 'district-seat']]],
      layout: { visibility: 'none' },
      paint: {
        'circle-color': perFeature(t.accent),
        'circle-opacity': perFeature(1),
        'circle-stroke-opacity': perFeature(1),
        'circle-radius': perFeatureAndZoom(4),
        'circle-stroke-color': t.placeDotStroke,
        'circle-stroke-width': perFeature(1.5),
      },
    },
    {
      // Context cities show only while a chapter names them (filter set per chapter).
      id: 'city-dot',
      type: 'circle',
      source: sourceIds.context,
      filter: noCity,
      paint: {
        'circle-color': perFeature(t.accent),
        'circle-opacity': perFeature(1),
        'circle-stroke-opacity': perFeature(1),
        'circle-radius': perFeatureAndZoom(6),
        'circle-stroke-color': t.placeDotStroke,
        'circle-stroke-width': perFeature(2),
      },
    },
    giftCircleLayer(),
    {
      id: 'township-label',
      type: 'symbol',
      source: sourceIds.townshipLabels,
      minzoom: 8.5,
      filter: townshipLabelFilter([], false),
      layout: {
        'text-field': nameField(script),
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 12, 15],
        'text-max-width': 6,
        'text-padding': 4,
      },
      paint: { 'text-color': t.labelMuted, 'text-halo-color': t.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      // The district's name, where the townships are too small to label.
      id: 'district-label',
      type: 'symbol',
      source: sourceIds.districtLabel,
      maxzoom: 8.5,
      layout: {
        'text-field': nameField(script),
        'text-font': font,
        'text-size': 15,
        'text-offset': [0, -1.2],
        'text-anchor': 'bottom',
      },
      paint: { 'text-color': t.accentText, 'text-halo-color': t.labelHalo, 'text-halo-width': 2 },
    },
    {
      // The chapter's own townships: above the others, so they win any collision with them.
      id: 'township-label-active',
      type: 'symbol',
      source: sourceIds.townshipLabels,
      filter: townshipLabelFilter([], true),
      layout: {
        'text-field': nameField(script),
        'text-font': font,
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 16],
        'text-padding': 2,
      },
      paint: { 'text-color': t.accentText, 'text-halo-color': t.labelHalo, 'text-halo-width': 2 },
    },
    {
      // Only the places the current chapter is about get a label (filter set per chapter).
      id: 'place-label',
      type: 'symbol',
      source: sourceIds.places,
      filter: ['in', ['get', 'id'], ['literal', []]],
      layout: {
        'text-field': nameField(script),
        'text-font': font,
        'text-size': 15,
        'text-offset': [0, 1],
        'text-anchor': 'top',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': t.accentText, 'text-halo-color': t.labelHalo, 'text-halo-width': 2 },
    },
    {
      id: 'city-label',
      type: 'symbol',
      source: sourceIds.context,
      filter: noCity,
      layout: {
        'text-field': nameField(script),
        'text-font': font,
        'text-size': 16,
        'text-offset': [0, 1],
        'text-anchor': 'top',
      },
      paint: { 'text-color': t.label, 'text-halo-color': t.labelHalo, 'text-halo-width': 2 },
    },
    giftLabelLayer(script),
  ];
}
