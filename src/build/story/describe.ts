import { ui } from '../../shared/ui-strings.ts';
import type { Script, Story, StoryPlace } from '../../shared/model.ts';
import type { MapState } from './map-state.ts';

/**
 * What the map shows, in words: the note under the map, for readers who cannot see it
 * or cannot tell an estimated area from a surveyed one.
 */
export function describeMapState(state: MapState, script: Script, townshipCount: number): string {
  if (state.allTownships) {
    const all = ui('allTownships', script).replace('{n}', String(townshipCount));
    return [`${ui('mapShowing', script)}${all}`, ...derived(state, script)].join('；');
  }
  // Places shown through their township are named with it: 上莊鎮（大王廟村、大宋樓村位置約略）.
  const byArea = new Map<string, string[]>();
  for (const a of state.approximate) {
    const names = byArea.get(a.shownAs[script]) ?? [];
    names.push(a.name[script]);
    byArea.set(a.shownAs[script], names);
  }
  const standIns = new Set(state.approximate.map((a) => a.name[script]));
  const exact = state.names.map((n) => n[script]).filter((n) => !standIns.has(n) && !byArea.has(n));
  const areas = [...byArea].map(
    ([area, names]) => `${area}（${names.join('、')}${ui('approximate', script)}）`,
  );
  return [
    `${ui('mapShowing', script)}${[...exact, ...areas].join('、')}`,
    ...derived(state, script),
  ].join('；');
}

function derived(state: MapState, script: Script): string[] {
  return state.derivedArea ? [ui('derivedArea', script)] : [];
}

/** The note after a place link was used: what the map now frames. */
export function describePlace(place: StoryPlace, story: Story, script: Script): string {
  const township = place.townshipCode ? story.places[place.townshipCode] : undefined;
  const standsIn =
    place.approximate && place.resolvedAs === 'township' && place.kind !== 'township';
  if (standsIn && township) {
    return `${ui('mapShowing', script)}${township.name[script]}（${place.name[script]}${ui('approximate', script)}）`;
  }
  return `${ui('mapShowing', script)}${place.name[script]}`;
}
