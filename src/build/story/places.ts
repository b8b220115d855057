/**
 * Each place of the story, resolved once: where the gazetteer puts it, the name the
 * article gives it, what stands in for it on the map, what the map highlights and
 * frames for it, and the note that says so. The page only reads the result.
 */
import { DISTRICT_CODE } from '../../shared/codes.ts';
import type { MapFeatureRef, ResolvedPlace, StandIn, StoryPlace } from '../../shared/model.ts';
import { bilingual } from '../content/script.ts';
import { maxZoomFor } from './camera.ts';
import { placeNote } from './notes.ts';

/** Looks a code up in the gazetteer (see src/build/gazetteer). */
export type Resolve = (code: string) => ResolvedPlace | undefined;

/** A place under the name the article gives it, the official name kept beside it. */
type NamedPlace = ResolvedPlace & Pick<StoryPlace, 'officialName'>;

/**
 * Readers meet a place under the name the article uses (賀莊村), not the 2023 register's
 * (賀莊社區): the first name a chapter pairs with a code becomes the display name.
 */
function namedAsWritten(place: ResolvedPlace, writtenName: string | undefined): NamedPlace {
  if (writtenName === undefined || writtenName === place.name.hant) return place;
  return { ...place, name: bilingual(writtenName), officialName: place.name };
}

/**
 * The code of the area the map shows instead of `place`: its township, or the district
 * when the township has no area. None for an exact place, or a township shown as its own
 * (derived) area — that is where it is, not a stand-in.
 */
function standInCode(place: ResolvedPlace): string | undefined {
  if (!place.approximate) return undefined;
  if (place.kind === 'township' && place.resolvedAs === 'township') return undefined;
  return place.resolvedAs === 'township' ? place.townshipCode : DISTRICT_CODE;
}

/** The feature the map highlights for `place`: its point, its township's area, or the district outline. */
function highlightOf(place: ResolvedPlace): MapFeatureRef {
  if (place.resolvedAs === 'point' && place.kind !== 'city') {
    return { source: 'places', id: place.code };
  }
  if (place.resolvedAs === 'township') {
    return { source: 'townships', id: place.townshipCode ?? place.code };
  }
  return { source: 'context', id: DISTRICT_CODE };
}

/**
 * The story's places, keyed by code, for every code in `codes` that the gazetteer knows.
 *
 * @param writtenNames - code → the name the article first pairs with it in front matter
 */
export function storyPlaces(
  codes: Iterable<string>,
  resolve: Resolve,
  writtenNames: ReadonlyMap<string, string>,
): Record<string, StoryPlace> {
  const named = (code: string): NamedPlace | undefined => {
    const place = resolve(code);
    return place && namedAsWritten(place, writtenNames.get(code));
  };
  const places: Record<string, StoryPlace> = {};
  for (const code of codes) {
    const place = named(code);
    if (!place || places[code]) continue;
    const areaCode = standInCode(place);
    const area = areaCode === undefined ? undefined : (named(areaCode) ?? place);
    const standIn: StandIn | undefined = area && { code: area.code, name: area.name };
    places[code] = {
      ...place,
      ...(standIn ? { standIn } : {}),
      highlight: highlightOf(place),
      focus: { bounds: place.bbox, maxZoom: maxZoomFor([place]) },
      note: placeNote(place.name, place.resolvedAs, standIn),
    };
  }
  return places;
}
