/**
 * The gifts story layer (`layers: [gifts]`): one circle and one label per giving place,
 * drawn from the points the build decided (Story.gifts); clicking a circle opens a popup
 * (gift-popups.ts). Nothing is placed or sized here. Plain data: no MapLibre code, so the
 * style can be written before MapLibre has loaded.
 */
import type { LegendEntry } from './legend.ts';
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { GiftPoint } from '../../shared/facts.ts';
import type { Script } from '../../shared/model.ts';
import { labelFonts } from '../../shared/theme.ts';
import { perFeature, perZoom } from './program-variants.ts';

/** Source and style layer ids of the gifts layer. */
export const giftIds = { source: 'gifts', circle: 'gift-circle', label: 'gift-label' } as const;

/** Ochre, apart from the accent that marks the chapter's own places. */
const giftFill = '#d08a1e';
const giftStroke = '#6b4200';
const giftText = '#5a3700';

/**
 * The gifts' legend entry (registered by orientation.ts): an ochre circle, sized by money (元)
 * where the text gives only money, else by the number of gifts.
 */
export const giftsLegendEntry: LegendEntry = {
  id: 'gifts',
  label: {
    hant: '捐贈地點（圓面積依金額或捐贈項數）',
    hans: '捐赠地点（圆面积依金额或捐赠项数）',
  },
  swatch: { shape: 'dot', color: giftFill, stroke: giftStroke },
  shows: ({ state }) => state.layers.includes('gifts'),
};

/** The points as GeoJSON; labels in both scripts so a script switch is a layout change. */
export function giftsData(gifts: readonly GiftPoint[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: gifts.map((g) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...g.at] },
      properties: {
        id: g.id,
        radius: g.radius,
        name_hant: g.label.hant,
        name_hans: g.label.hans,
      },
    })),
  };
}

/**
 * The circle, hidden until a chapter switches the story layer on. It goes below the
 * map's labels: a township's name drawn at the same label point stays readable on it.
 */
export function giftCircleLayer(): LayerSpecification {
  return {
    id: giftIds.circle,
    type: 'circle',
    source: giftIds.source,
    layout: { visibility: 'none' },
    // Written in the village dots' per-feature forms (program-variants.ts), so the gifts'
    // first chapter draws them with a program already compiled, not one compiled mid-flight.
    paint: {
      'circle-color': perFeature(giftFill),
      'circle-opacity': perFeature(0.55),
      'circle-stroke-opacity': perFeature(1),
      'circle-radius': perZoom(['get', 'radius']),
      'circle-stroke-color': giftStroke,
      'circle-stroke-width': perFeature(1.5),
    },
  };
}

/** The label (place names and measure), above everything else. */
export function giftLabelLayer(script: Script): LayerSpecification {
  return {
    id: giftIds.label,
    type: 'symbol',
    source: giftIds.source,
    layout: {
      visibility: 'none',
      'text-field': ['get', script === 'hant' ? 'name_hant' : 'name_hans'],
      'text-font': [...labelFonts[script]],
      'text-size': 13,
      'text-max-width': 9,
      'text-anchor': 'bottom',
      // Above the circle: 13 px text, so radius / 13 em clears it.
      'text-offset': ['literal', [0, -1.9]],
      'text-allow-overlap': true,
    },
    paint: { 'text-color': giftText, 'text-halo-color': '#fbf9f4', 'text-halo-width': 2 },
  };
}
