import type {
  ApproximateNote,
  CameraHint,
  MapFeatureRef,
  MapState,
  StoryPlace,
} from '../../shared/model.ts';
import type { StoryLayerId } from '../../shared/story-layers.ts';
import { cameraTarget } from './camera.ts';
import { chapterNote } from './notes.ts';
import type { Resolve } from './places.ts';

/** What a chapter's map state is made from. */
export interface ChapterMapInput {
  /** The chapter's places, in front-matter order, already placed (see places.ts). */
  places: readonly StoryPlace[];
  layers: readonly StoryLayerId[];
  hint?: CameraHint;
  /** How many township-level units the district has. */
  townshipCount: number;
  /** The gazetteer, to tell whether a township's area is derived. */
  resolve: Resolve;
}

/**
 * The map state of one chapter, from that chapter alone: the same chapter always gives
 * the same state. `undefined` when the chapter has no place to frame.
 */
export function chapterMapState(input: ChapterMapInput): MapState | undefined {
  const { places, resolve } = input;
  const camera = cameraTarget(places, input.hint);
  if (!camera) return undefined;
  const highlights = new Map<string, MapFeatureRef>();
  const cities: string[] = [];
  const approximate: ApproximateNote[] = [];
  for (const place of places) {
    // Cities are context: a dot and a label, not a highlighted feature.
    if (place.kind === 'city') cities.push(place.code);
    else highlights.set(`${place.highlight.source}/${place.highlight.id}`, place.highlight);
    if (place.standIn) {
      approximate.push({ code: place.code, name: place.name, shownAs: place.standIn.name });
    }
  }
  const derivedArea = places.some(
    (p) =>
      p.resolvedAs === 'township' &&
      (resolve(p.townshipCode ?? p.code)?.approximate ?? p.approximate),
  );
  const townshipsNamed = places.filter((p) => p.kind === 'township').length;
  const allTownships = input.townshipCount > 0 && townshipsNamed === input.townshipCount;
  return {
    camera,
    highlights: [...highlights.values()],
    cities,
    layers: [...input.layers],
    approximate,
    derivedArea,
    note: chapterNote({
      names: places.map((p) => p.name),
      approximate,
      allTownships,
      derivedArea,
      townshipCount: input.townshipCount,
    }),
  };
}
