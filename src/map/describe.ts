import { ui } from '../i18n/strings.ts';
import type { Script, Story, StoryPlace } from '../story/model.ts';
import type { MapState } from './map-state.ts';

/** From this many townships on, the note says "all 13" instead of listing them. */
const allTownshipsFrom = 10;

/**
 * What the map shows, in words: the note under the map, for readers who cannot see it
 * or cannot tell an estimated area from a surveyed one.
 */
export function describeMapState(state: MapState, script: Script): string {
  const collapsed = state.townships.length >= allTownshipsFrom;
  const shown = collapsed
    ? ui('allTownships', script)
    : state.names.map((n) => n[script]).join('、');
  const approximate = state.approximate
    // In the all-townships view the one unit with no area (the development zone) needs no aside.
    .filter((a) => !(collapsed && a.code.length === 9))
    .map((a) => `${a.name[script]}${ui('shownAs', script)}${a.shownAs[script]}`);
  const derived = state.derivedArea ? [ui('derivedArea', script)] : [];
  return [`${ui('mapShowing', script)}${shown}`, ...approximate, ...derived].join('；');
}

/** The note after a place link was used: what the map now frames. */
export function describePlace(place: StoryPlace, story: Story, script: Script): string {
  const township = place.townshipCode ? story.places[place.townshipCode] : undefined;
  const standsIn =
    place.approximate && place.resolvedAs === 'township' && place.kind !== 'township';
  if (standsIn && township) {
    return `${ui('mapShowing', script)}${place.name[script]}；${place.name[script]}${ui('shownAs', script)}${township.name[script]}`;
  }
  return `${ui('mapShowing', script)}${place.name[script]}`;
}
