/**
 * The gifts layer's popups: clicking (or tapping) a gift circle lists the gifts and the
 * chapter they come from, in the reader's script.
 */
import * as maplibregl from 'maplibre-gl';
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { GiftPoint } from '../../shared/facts.ts';
import type { Bilingual, PageStory, Script } from '../../shared/model.ts';
import { giftIds } from './gifts-layer.ts';
import { onLayer, pointerOver } from './layer-listener.ts';

/** The popup's words, both scripts. */
const GIFT_STRINGS = {
  heading: { hant: '捐贈', hans: '捐赠' },
  from: { hant: '出自段落', hans: '出自段落' },
  approximate: { hant: '位置約略：以所在鄉鎮顯示', hans: '位置约略：以所在乡镇显示' },
} satisfies Record<string, Bilingual>;

/** The popup's content: a heading, the gifts, the chapter link, a note when approximate. */
function popupContent(point: GiftPoint, script: Script): HTMLElement {
  const root = document.createElement('div');
  root.className = 'gift-popup';
  root.lang = script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  const heading = root.appendChild(document.createElement('p'));
  heading.className = 'gift-popup-heading';
  heading.textContent = `${GIFT_STRINGS.heading[script]} · ${point.label[script]}`;
  const list = root.appendChild(document.createElement('ul'));
  for (const item of point.items) {
    list.appendChild(document.createElement('li')).textContent = item[script];
  }
  if (point.approximate) {
    const note = root.appendChild(document.createElement('p'));
    note.className = 'gift-popup-note';
    note.textContent = GIFT_STRINGS.approximate[script];
  }
  const from = root.appendChild(document.createElement('a'));
  from.href = `#${point.chapter}`;
  from.dataset.chapterLink = point.chapter;
  from.textContent = `${GIFT_STRINGS.from[script]} ${point.chapterNumber}`;
  return root;
}

/** The popup's tip and its content's padding (MapLibre's CSS), plus a margin to the map's edge. */
const popupChromePx = 10 + 25 + 6;

/**
 * The tallest the popup's list may be so the whole popup fits in the map, above or below
 * the symbol at `y`. MapLibre opens it above when it fits there, else below: capped at the
 * larger room, one of the two always fits (on a phone the map is a ~300 px strip, and one
 * place lists nine gifts; the rest scrolls inside the popup). @internal
 */
export function popupMaxHeight(y: number, mapHeight: number): number {
  return Math.max(48, Math.max(y, mapHeight - y) - popupChromePx);
}

/**
 * Opens a popup on a click (or tap) on a gift circle; `script()` is read at click time.
 * @returns `close`, for when the chapter or the script changes and the popup is stale
 */
export function wireGiftPopups(
  map: MaplibreMap,
  story: PageStory,
  script: () => Script,
): { close(): void } {
  const byId = new Map(story.gifts.map((g) => [g.id, g]));
  let popup: maplibregl.Popup | null = null;
  onLayer(map, 'click', giftIds.circle, (event: MapMouseEvent) => {
    const [feature] = map.queryRenderedFeatures(event.point, { layers: [giftIds.circle] });
    const id: unknown = feature?.properties['id'];
    const point = typeof id === 'string' ? byId.get(id) : undefined;
    if (!point) return;
    popup?.remove();
    // No focus move: it opens from a pointer only, and the reader goes on reading. Keyboard
    // and screen-reader readers have the same gifts in the "by the numbers" table.
    const content = popupContent(point, script());
    const y = map.project(point.at).y;
    content.style.maxHeight = `${popupMaxHeight(y, map.getContainer().clientHeight)}px`;
    popup = new maplibregl.Popup({
      maxWidth: '18rem',
      className: 'gift-popup-frame',
      focusAfterOpen: false,
    })
      .setLngLat(point.at)
      .setDOMContent(content)
      .addTo(map);
  });
  pointerOver(map, giftIds.circle);
  return {
    close() {
      popup?.remove();
      popup = null;
    },
  };
}
