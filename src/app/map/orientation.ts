/**
 * "Where am I on the earth": the regional context layers, the locator inset and the
 * legend, kept in step with the chapter's map state and the reader's script.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { WUHAN_CODE } from '../../shared/codes.ts';
import type { LngLat, MapState, Script, PageStory } from '../../shared/model.ts';
import { giftsLegendEntry } from './gifts-layer.ts';
import { createLegend, registerLegendEntry } from './legend.ts';
import { createLocator } from './locator.ts';
import locatorLines from 'virtual:locator-outline';
import { regionContext } from './region-layers.ts';

/** Shijiazhuang (the prefecture-level city Luquan belongs to). */
const SHIJIAZHUANG_CODE = '130100';

/** Updates the orientation aids; created once the style has loaded. */
export interface Orientation {
  show(state: MapState): void;
  setScript(script: Script): void;
}

/** Adds the context layers, locator and legend to the map in `container`. */
export function createOrientation(
  map: MaplibreMap,
  container: HTMLElement,
  story: PageStory,
  initialScript: Script,
): Orientation {
  let script = initialScript;
  let state: MapState | undefined;
  const [w, s, e, n] = story.district.bbox;
  const luquan: LngLat = [(w + e) / 2, (s + n) / 2];
  const region = regionContext(map, script);
  registerLegendEntry(giftsLegendEntry);
  const legend = createLegend({ hant: '圖例', hans: '图例' });
  const locator = createLocator(
    map,
    {
      luquan,
      ...(story.places[SHIJIAZHUANG_CODE]?.point
        ? { shijiazhuang: story.places[SHIJIAZHUANG_CODE].point }
        : {}),
      ...(story.places[WUHAN_CODE]?.point ? { wuhan: story.places[WUHAN_CODE].point } : {}),
    },
    { hant: '位置圖：鹿泉區在河北省的位置', hans: '位置图：鹿泉区在河北省的位置' },
    script,
    locatorLines,
  );
  // A phone shows the legend folded behind its title until the reader opens it.
  if (container.clientWidth <= 560) (legend.element as HTMLDetailsElement).open = false;
  container.append(legend.element, locator.element);

  const rendered = (layerId: string) =>
    Boolean(map.getLayer(layerId)) && map.queryRenderedFeatures({ layers: [layerId] }).length > 0;
  const refreshLegend = () => {
    if (state) legend.update({ state, rendered }, script);
  };
  // What the map drew (river, reservoir) is known once it has finished drawing: only then
  // does the legend say which chapter's view it describes.
  map.on('idle', () => {
    refreshLegend();
    if (container.dataset.chapter) legend.element.dataset.chapter = container.dataset.chapter;
  });

  return {
    show(next) {
      state = next;
      region.show(next);
      locator.show(next);
      refreshLegend();
    },
    setScript(next) {
      script = next;
      region.setScript(next);
      locator.setScript(next);
      refreshLegend();
    },
  };
}
