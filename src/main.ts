import story from 'virtual:story';
import contextUrl from '../geo/context.geojson?url';
import placesUrl from '../geo/places.geojson?url';
import townshipsUrl from '../geo/townships.geojson?url';
import { applyScript, markActiveChapter, savedScript, saveScript } from './dom/page';
import { wirePlaceLinks } from './dom/place-links';
import { ui } from './i18n/strings';
import { mapStateFor, type MapState } from './map/map-state';
import { createStoryMap, type StoryMap } from './map/story-map';
import type { Script, StoryPlace } from './story/model';
import { chapterAtTrigger, firstChapterAbout } from './story/active-chapter';
import { createScroller } from './story/scroller';
import './styles/story.css';

/**
 * Composition root: the article is already in the page (rendered at build time); this
 * wires the scroller to the map and adds the script switch and place links on top.
 */

const phoneQuery = window.matchMedia('(max-width: 768px)');
const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const steps = [...document.querySelectorAll<HTMLElement>('.step')];
const article = document.getElementById('article');
const mapContainer = document.getElementById('map');
const mapNote = document.getElementById('map-note');
const scriptToggle = document.getElementById('script-toggle');

// On a phone the map takes the top of the screen, so the trigger line sits lower, in the text.
const triggerOffset = phoneQuery.matches ? 0.7 : 0.5;
document.body.dataset.triggerOffset = String(triggerOffset);

let script: Script = savedScript();
let activeIndex = -1;
let lastState: MapState | null = null;
let storyMap: StoryMap | null = null;

const absolute = (url: string) => new URL(url, window.location.href).href;

if (mapContainer) {
  try {
    storyMap = createStoryMap(mapContainer, {
      story,
      urls: { context: absolute(contextUrl), townships: absolute(townshipsUrl), places: absolute(placesUrl) },
      script,
      reducedMotion: () => reducedMotionQuery.matches,
    });
  } catch (error) {
    // No WebGL (or no map at all): the article stands on its own.
    console.warn('Map unavailable; showing the text alone.', error);
    document.body.classList.add('no-map');
    if (mapNote) mapNote.textContent = ui('mapUnavailable', script);
  }
}

function describeState(state: MapState): string {
  const shown = state.names.map((n) => n[script]).join('、');
  const approximate = state.approximate
    .map((a) => `${ui('approximate', script)}: ${a.name[script]} → ${a.shownAs[script]}`)
    .join(';');
  return [`${ui('mapShowing', script)} ${shown}`, approximate].filter(Boolean).join(' · ');
}

function showNote(text: string): void {
  if (mapNote && storyMap) mapNote.textContent = text;
}

function activate(index: number): void {
  const chapter = story.chapters[index];
  if (!chapter || index === activeIndex) return;
  activeIndex = index;
  markActiveChapter(steps, index);
  lastState = mapStateFor(chapter, story);
  storyMap?.show(lastState);
  showNote(describeState(lastState));
}

if (script !== 'hant') applyScript(story, script, steps);

const trigger = () => window.innerHeight * triggerOffset;
activate(chapterAtTrigger(steps.map((s) => s.getBoundingClientRect().top), trigger()));
createScroller(steps, triggerOffset, ({ index }) => activate(index));

if (scriptToggle) {
  scriptToggle.hidden = false;
  scriptToggle.setAttribute('aria-pressed', String(script === 'hans'));
  scriptToggle.addEventListener('click', () => {
    script = script === 'hant' ? 'hans' : 'hant';
    saveScript(script);
    applyScript(story, script, steps, steps[activeIndex]);
    scriptToggle.setAttribute('aria-pressed', String(script === 'hans'));
    storyMap?.setScript(script);
    if (lastState) showNote(describeState(lastState));
  });
}

function placeNote(place: StoryPlace): string {
  if (!place.approximate || place.resolvedAs === 'point' || place.kind === 'township' || place.kind === 'district') {
    return `${ui('mapShowing', script)} ${place.name[script]}`;
  }
  const township = place.townshipCode ? story.places[place.townshipCode]?.name[script] : undefined;
  return `${ui('approximate', script)}: ${place.name[script]}${township ? ` → ${township}` : ''}`;
}

if (article) {
  wirePlaceLinks(article, {
    hover: (code) => storyMap?.hoverPlace(code ? (story.places[code] ?? null) : null),
    select: (code) => {
      const place = story.places[code];
      if (!place) return;
      storyMap?.focusPlace(place);
      showNote(placeNote(place));
    },
  });
}

storyMap?.onTownshipClick((code) => {
  const index = firstChapterAbout(story.chapters, (c) => story.places[c]?.townshipCode, code);
  const step = steps[index];
  if (!step) return;
  step.scrollIntoView({ behavior: reducedMotionQuery.matches ? 'instant' : 'smooth', block: 'start' });
  step.focus({ preventScroll: true });
});
