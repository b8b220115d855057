import story from 'virtual:story';
import contextUrl from '../geo/context.geojson?url';
import placesUrl from '../geo/places.geojson?url';
import townshipsUrl from '../geo/townships.geojson?url';
import { applyScript, markActiveChapter, savedScript, saveScript } from './dom/page.ts';
import { wirePlaceLinks } from './dom/place-links.ts';
import { fetchStoryGeo } from './map/fetch-geo.ts';
import { describeMapState, describePlace } from './map/describe.ts';
import { mapStateFor, type MapState } from './map/map-state.ts';
import { createStoryMap, type StoryMap } from './map/story-map.ts';
import type { Script } from './story/model.ts';
import { chapterAtTrigger, firstChapterAbout } from './story/active-chapter.ts';
import { createScroller } from './story/scroller.ts';
import './styles/story.css';

/**
 * Composition root. The article is already in the page (rendered at build time); this
 * adds the scroller, the script switch and place links, then the map on top.
 */

const phoneQuery = window.matchMedia('(max-width: 768px)');
const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const steps = [...document.querySelectorAll<HTMLElement>('.step')];
const article = document.getElementById('article');
const mapContainer = document.getElementById('map');
const mapNote = document.getElementById('map-note');
const announcer = document.getElementById('map-announcer');
const scriptToggle = document.getElementById('script-toggle');

// On a phone the map takes the top of the screen, so the trigger line sits lower, in the text.
const triggerOffset = phoneQuery.matches ? 0.7 : 0.4;
document.body.dataset.triggerOffset = String(triggerOffset);

let script: Script = savedScript();
let activeIndex = -1;
let lastState: MapState | null = null;
let storyMap: StoryMap | null = null;

function showNote(text: string): void {
  if (mapNote && storyMap) mapNote.textContent = text;
}

/** Tell screen readers the result of something the reader did (not of scrolling, which would chatter). */
function announce(text: string): void {
  if (announcer && storyMap) announcer.textContent = text;
}

/** Make chapter `index` current: the whole map state comes from that chapter alone. */
function activate(index: number): void {
  const chapter = story.chapters[index];
  if (!chapter || index === activeIndex) return;
  activeIndex = index;
  markActiveChapter(steps, index);
  lastState = mapStateFor(chapter, story);
  storyMap?.show(lastState);
  showNote(describeMapState(lastState, script));
}

function setUpScriptToggle(toggle: HTMLElement): void {
  toggle.addEventListener('click', () => {
    script = script === 'hant' ? 'hans' : 'hant';
    saveScript(script);
    applyScript(story, script, steps, steps[activeIndex]);
    storyMap?.setScript(script);
    if (lastState) showNote(describeMapState(lastState, script));
  });
}

async function setUpMap(container: HTMLElement): Promise<void> {
  try {
    const geo = await fetchStoryGeo({
      context: contextUrl,
      townships: townshipsUrl,
      places: placesUrl,
    });
    storyMap = createStoryMap(container, {
      story,
      geo,
      script,
      reducedMotion: () => reducedMotionQuery.matches,
    });
  } catch (error) {
    // No WebGL, or the map data did not load: the article stands on its own.
    console.warn('Map unavailable; showing the text alone.', error);
    document.body.classList.add('no-map');
    if (scriptToggle) scriptToggle.hidden = false;
    return;
  }
  // With a map, the script switch lives in the bar under it: always in reach, never over the map.
  if (scriptToggle) {
    document.getElementById('map-bar')?.append(scriptToggle);
    scriptToggle.hidden = false;
  }
  if (lastState) {
    storyMap.show(lastState);
    showNote(describeMapState(lastState, script));
  }
  storyMap.onPlaceClick((code, township) => {
    const townshipOf = (c: string) => story.places[c]?.townshipCode;
    // A village no chapter is about leads to the first chapter about its township.
    let index = firstChapterAbout(story.chapters, townshipOf, code);
    if (index < 0 && township) index = firstChapterAbout(story.chapters, townshipOf, township);
    const step = steps[index];
    if (!step) return;
    step.scrollIntoView({
      behavior: reducedMotionQuery.matches ? 'instant' : 'smooth',
      block: 'start',
    });
    step.focus({ preventScroll: true });
  });
}

if (script !== 'hant') applyScript(story, script, steps);
if (scriptToggle) setUpScriptToggle(scriptToggle);

const trigger = () => window.innerHeight * triggerOffset;
activate(
  chapterAtTrigger(
    steps.map((s) => s.getBoundingClientRect().top),
    trigger(),
  ),
);
createScroller(steps, triggerOffset, ({ index }) => activate(index));

if (article) {
  wirePlaceLinks(article, {
    hover: (code) => storyMap?.hoverPlace(code ? (story.places[code] ?? null) : null),
    select: (code) => {
      const place = story.places[code];
      if (!place) return;
      storyMap?.focusPlace(place);
      showNote(describePlace(place, story, script));
      announce(describePlace(place, story, script));
    },
  });
}

if (mapContainer) void setUpMap(mapContainer);
else if (scriptToggle) scriptToggle.hidden = false;
