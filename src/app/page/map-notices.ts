import type { Script } from '../../shared/model.ts';
import { ui, type UiStringKey } from '../../shared/ui-strings.ts';

/** Why the map cannot be drawn, as the reader is told: the browser cannot, or its data did not come. */
export type MapUnavailableReason = Extract<UiStringKey, 'mapUnavailable' | 'mapLoadFailed'>;

/** The two notices about the map itself; both follow the script switch (`data-ui`). */
export interface MapNotices {
  /** A quiet "loading" line over the empty map pane, until `loaded()`. */
  loading(script: Script): void;
  loaded(): void;
  /** A visible one-line notice at the top of the text: the map cannot be drawn, the text reads. */
  unavailable(reason: MapUnavailableReason, script: Script): void;
}

function notice(className: string, key: UiStringKey, script: Script): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.dataset.ui = key; // applyScript rewrites every [data-ui] element on a script switch
  p.textContent = ui(key, script);
  return p;
}

/**
 * Notices for the map pane `pane` and the article `article`. The loading line is plain
 * text (a screen reader meets it in reading order; it would only chatter in a live region);
 * the unavailable notice is a polite status, said once.
 */
export function mapNotices(pane: HTMLElement | null, article: HTMLElement | null): MapNotices {
  let loadingLine: HTMLElement | null = null;
  return {
    loading(script) {
      if (!pane || loadingLine) return;
      loadingLine = notice('map-loading', 'mapLoading', script);
      pane.append(loadingLine);
    },
    loaded() {
      loadingLine?.remove();
      loadingLine = null;
    },
    unavailable(reason, script) {
      this.loaded();
      if (!article || article.querySelector('.map-unavailable')) return;
      const line = notice('map-unavailable', reason, script);
      line.setAttribute('role', 'status');
      article.prepend(line);
    },
  };
}
