import type { HighlightSource, MapState } from '../../shared/model.ts';

/** What a static map shows: a chapter's map state as the model gives it (`Chapter.map`). */
export interface StaticMapView {
  chapterId: string;
  map: MapState;
}

/** The ids of the features a map state highlights in one source. */
export function highlighted(map: MapState, source: HighlightSource): string[] {
  return map.highlights.filter((h) => h.source === source).map((h) => h.id);
}
