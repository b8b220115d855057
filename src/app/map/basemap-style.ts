/**
 * Pure helpers for drawing a basemap under the story: what of a fetched MapLibre style is
 * added to the story's map (its sources and layers, renamed so they cannot clash with ours;
 * its relative URLs made absolute), and how the story's own paper-coloured layers give way
 * so roads and terrain show through. No map, no network: src/app/map/basemap.ts applies it.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  SpriteSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { outsidePrefectureLayer } from './layers.ts';

/** Every basemap source and layer id starts with this, so none clashes with the story's. */
export const basemapPrefix = 'basemap:';

/** What a basemap brings to the story's map. */
export interface BasemapAdditions {
  sources: Record<string, SourceSpecification>;
  /** Bottom to top, to go under the story's lowest layer. */
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: SpriteSpecification;
}

const hasScheme = /^[a-z][a-z\d+.-]*:/i;

/**
 * `url` made absolute against the style's own URL (MapLibre would resolve it against the
 * page). Template braces (`{z}`, `{fontstack}`) survive: URL parsing would escape them.
 * @internal
 */
export function resolveStyleUrl(url: string, styleUrl: string): string {
  if (hasScheme.test(url)) return url;
  return new URL(url, styleUrl).href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The style JSON checked for the parts this code reads; anything else throws. */
export function asStyle(json: unknown): StyleSpecification {
  if (!isRecord(json) || json['version'] !== 8)
    throw new Error('not a MapLibre style (no "version": 8)');
  if (!isRecord(json['sources'])) throw new Error('style has no "sources" object');
  if (!Array.isArray(json['layers'])) throw new Error('style has no "layers" array');
  // Checked as far as read here; MapLibre validates each source and layer as it is added.
  return json as unknown as StyleSpecification;
}

function resolveSource(source: SourceSpecification, styleUrl: string): SourceSpecification {
  const resolved = { ...source } as Record<string, unknown>;
  if (typeof resolved['url'] === 'string')
    resolved['url'] = resolveStyleUrl(resolved['url'], styleUrl);
  if (Array.isArray(resolved['tiles']))
    resolved['tiles'] = resolved['tiles'].map((t: string) => resolveStyleUrl(t, styleUrl));
  if (Array.isArray(resolved['urls']))
    resolved['urls'] = resolved['urls'].map((u: string) => resolveStyleUrl(u, styleUrl));
  if (source.type === 'geojson' && typeof resolved['data'] === 'string')
    resolved['data'] = resolveStyleUrl(resolved['data'], styleUrl);
  return resolved as unknown as SourceSpecification;
}

function resolveSprite(sprite: SpriteSpecification, styleUrl: string): SpriteSpecification {
  return typeof sprite === 'string'
    ? resolveStyleUrl(sprite, styleUrl)
    : sprite.map(({ id, url }) => ({ id, url: resolveStyleUrl(url, styleUrl) }));
}

/** What of `style` (fetched from `styleUrl`) goes into the story's map. */
export function basemapAdditions(style: StyleSpecification, styleUrl: string): BasemapAdditions {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    sources[basemapPrefix + id] = resolveSource(source, styleUrl);
  }
  const layers = style.layers.map((layer) => {
    const renamed = { ...layer, id: basemapPrefix + layer.id };
    if ('source' in layer && typeof layer.source === 'string')
      (renamed as { source: string }).source = basemapPrefix + layer.source;
    return renamed as LayerSpecification;
  });
  return {
    sources,
    layers,
    ...(style.glyphs ? { glyphs: resolveStyleUrl(style.glyphs, styleUrl) } : {}),
    ...(style.sprite ? { sprite: resolveSprite(style.sprite, styleUrl) } : {}),
  };
}

/** Whether any of the sources reads a PMTiles archive (the protocol must be registered). */
export function usesPmtiles(sources: Record<string, SourceSpecification>): boolean {
  return Object.values(sources).some((source) => {
    const urls = [
      'url' in source ? source.url : undefined,
      ...('tiles' in source && source.tiles ? source.tiles : []),
    ];
    return urls.some((url) => typeof url === 'string' && url.startsWith('pmtiles://'));
  });
}

/** A change to one of the story's layers while a basemap is drawn. */
export type StoryLayerChange =
  | { layer: string; hide: true }
  | { layer: string; paint: 'fill-opacity'; value: number | ExpressionSpecification };

/**
 * How the story's own layers give way to a basemap: the paper beyond the prefecture and
 * the context fills go, the district keeps a light veil, and a township area is tinted only
 * while the chapter is about it (or it is hovered); every outline, dot and label stays.
 */
export const storyLayersOverBasemap: readonly StoryLayerChange[] = [
  { layer: outsidePrefectureLayer, hide: true },
  { layer: 'county-fill', hide: true },
  { layer: 'district-fill', paint: 'fill-opacity', value: 0.3 },
  {
    layer: 'township-fill',
    paint: 'fill-opacity',
    value: [
      'case',
      ['boolean', ['feature-state', 'active'], false],
      0.5,
      ['boolean', ['feature-state', 'hover'], false],
      0.35,
      0,
    ],
  },
];
