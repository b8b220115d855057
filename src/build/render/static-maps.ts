import type { GeoLayers } from '../../shared/geo-schema.ts';
import type { Chapter, Script, Story } from '../../story/model.ts';
import { renderStaticMap, type StaticMapView } from './static-map.ts';
import type { Size } from './static-map-frame.ts';

/** The map state of one chapter (today `mapStateFor` in src/map/map-state.ts). */
export type MapStateOf = (chapter: Chapter, story: Story) => StaticMapView;

export interface StaticMapsOptions {
  script: Script;
  /** The container the pictures are laid out for (see `StaticMapInput.size`). */
  size: Size;
  /** `pane` or `figure` (see `StaticMapInput.mode`). */
  mode?: 'pane' | 'figure';
  idPrefix?: string;
}

/** Container the figures (print, no-map reading) are laid out for: a small map beside the text, printed about 55 mm wide. */
export const figureSize: Size = { width: 360, height: 300 };

/**
 * Every chapter's static map, keyed by chapter id, in reading order: the build writes
 * them next to the page (figures) or inlines one (the opening picture).
 */
export function staticMapsFor(
  story: Story,
  geo: GeoLayers,
  stateOf: MapStateOf,
  options: StaticMapsOptions,
): Record<string, string> {
  const maps: Record<string, string> = {};
  for (const chapter of story.chapters) {
    maps[chapter.id] = renderStaticMap({
      geo,
      view: stateOf(chapter, story),
      script: options.script,
      size: options.size,
      townshipCount: story.townshipCount,
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.idPrefix !== undefined ? { idPrefix: options.idPrefix } : {}),
    });
  }
  return maps;
}
