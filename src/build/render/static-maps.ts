import type { GeoLayers } from '../../shared/geo-schema.ts';
import type { Script, Story } from '../../shared/model.ts';
import { renderStaticMap } from './static-map.ts';
import type { Size } from './static-map-frame.ts';

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

/** The desktop map pane and the phone's map strip the opening picture is laid out for. @internal */
export const paneSizes = {
  size: { width: 577, height: 750 },
  narrowSize: { width: 390, height: 306 },
};

/**
 * Every chapter's static map, keyed by chapter id, in reading order, drawn from each
 * chapter's map state in the model (never recomputed here).
 */
export function staticMapsFor(
  story: Story,
  geo: GeoLayers,
  options: StaticMapsOptions,
): Record<string, string> {
  const maps: Record<string, string> = {};
  for (const chapter of story.chapters) {
    maps[chapter.id] = renderStaticMap({
      geo,
      view: { chapterId: chapter.id, map: chapter.map },
      script: options.script,
      size: options.size,
      ...(options.mode ? { mode: options.mode } : {}),
      ...(options.idPrefix !== undefined ? { idPrefix: options.idPrefix } : {}),
    });
  }
  return maps;
}

/** The opening chapter's picture for the map pane, inlined in index.html. @internal */
export function panePicture(story: Story, geo: GeoLayers, script: Script): string {
  const chapter = story.chapters[0];
  if (!chapter) return '';
  return renderStaticMap({
    geo,
    view: { chapterId: chapter.id, map: chapter.map },
    script,
    ...paneSizes,
    mode: 'pane',
    idPrefix: 'pane',
  });
}
