import story from 'virtual:story';
import contextUrl from '../../geo/context.geojson?topojson';
import placesUrl from '../../geo/places.geojson?url';
import townshipsUrl from '../../geo/townships.geojson?topojson';
import { applyScript, markActiveChapter, savedScript, saveScript } from './page/page.ts';
import { clearScriptLoadFailed, loadScriptText, showScriptLoadFailed } from './page/script-text.ts';
import { wirePlaceLinks } from './page/place-links.ts';
import { loadMapFiguresForPrint } from './page/map-figures.ts';
import { mapPicture } from './map/map-picture.ts';
import { mapNotices, type MapUnavailableReason } from './page/map-notices.ts';
import { fetchGeoLayers } from './map/fetch-geo.ts';
import { afterFirstPaint } from './page/first-paint.ts';
import { layOutAfterFirstPaint } from './page/deferred-layout.ts';
import { loadWater } from './map/region-layers.ts';
import type { StoryMap } from './map/story-map.ts';
import { canDrawMap } from './map/can-draw-map.ts';
import { chapterAtTrigger, firstChapterAbout } from './scroll/active-chapter.ts';
import type { Bilingual, Script, ScriptText } from '../shared/model.ts';
import { ui } from '../shared/ui-strings.ts';
import { createScroller, type Scroller } from './scroll/scroller.ts';
import { onScrollSettled } from './scroll/scroll-settled.ts';
import { setUpNavigation } from './page/navigation.ts';
import 'virtual:map-theme.css';
import './styles/story.css';
import './styles/static-map.css';
import './styles/print.css';
import './styles/map-notices.css';
import './styles/map-bar-size.css';
import './styles/orientation.css';
import './styles/navigation.css';
import { markBylineDate, markTimeline, showScriptCopies } from './page/facts-ui.ts';
import './styles/facts.css';

/**
 * Composition root. The article is already in the page (rendered at build time); this
 * adds the scroller, the script switch and place links, then the map on top.
 */

const phoneQuery = window.matchMedia('(max-width: 768px)');
const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const steps = [...document.querySelectorAll<HTMLElement>('.step')];
const article = document.getElementById('article');
const mapContainer = document.getElementById('map');
/** Whether a live map is coming: a pane for it, and a browser that could draw it. */
const mapComing = mapContainer !== null && canDrawMap();
const mapNote = document.getElementById('map-note');
const announcer = document.getElementById('map-announcer');
const scriptToggle = document.getElementById('script-toggle');
const geoTimeoutMs = 15_000;
const picture = mapContainer ? mapPicture(mapContainer) : null;

/** The script the page shows: the build wrote it in Traditional; a saved choice loads after. */
let script: Script = 'hant';
let activeIndex = -1;
let storyMap: StoryMap | null = null;
/** What the map (and so its note) shows now: the current chapter, or a place a reader picked. */
let shown: { note: Bilingual } | null = null;

function noteText(): string {
  return shown?.note[script] ?? '';
}

function refreshNote(): void {
  // A lost WebGL context pauses the map; the note goes on saying what it stands for.
  const paused = storyMap?.paused ? ui('mapPaused', script) : '';
  if (mapNote && storyMap) mapNote.textContent = paused + noteText();
}

/** Tell screen readers the result of something the reader did (not of scrolling, which would chatter). */
function announce(): void {
  if (announcer && storyMap) announcer.textContent = noteText();
}

/** Make chapter `index` current: the whole map state comes from that chapter alone. */
function activate(index: number): void {
  const chapter = story.chapters[index];
  if (!chapter || index === activeIndex) return;
  activeIndex = index;
  shown = chapter.map;
  // The map first: its flight starts before the page's own updates restyle the article.
  storyMap?.show(chapter.id, chapter.map);
  markActiveChapter(steps, index);
  picture?.follow(index);
  navigation.chapterChanged(index);
  markTimeline(chapter.id);
  refreshNote();
}

/** Make the chapter at the trigger line current (on load, and after a jump). */
function activateAtTrigger(): void {
  const trigger = window.innerHeight * Number(document.body.dataset.triggerOffset);
  activate(
    chapterAtTrigger(
      steps.map((s) => s.getBoundingClientRect().top),
      trigger,
    ),
  );
}

// The trigger line sits lower on a phone, where the map takes the top of the screen.
let scroller: Scroller | null = null;
function setUpScroller(): void {
  scroller?.destroy();
  const offset = phoneQuery.matches ? 0.7 : 0.4;
  document.body.dataset.triggerOffset = String(offset);
  activateAtTrigger();
  scroller = createScroller(steps, offset, activateAtTrigger);
}

let switching = false;
/**
 * Show the page in `to`: its words load first (script-text.ts); if they do not come, the
 * page stays as it is and says so. Resolves whether the page now shows `to`.
 */
async function showScript(to: Script): Promise<boolean> {
  if (switching || to === script) return to === script;
  switching = true;
  try {
    const text = await loadScriptText(to);
    script = to;
    // The chapter bodies are replaced: a hovered or focused link goes without a mouseout.
    storyMap?.hover(null);
    applyScript(story, text, steps, steps[activeIndex]);
    navigation.scriptChanged(script);
    applyFactsScript(text);
    storyMap?.setScript(script);
    refreshNote();
    clearScriptLoadFailed();
    return true;
  } catch (error) {
    console.warn(`The ${to} text did not load; the page stays as it is.`, error);
    showScriptLoadFailed(article, script);
    return false;
  } finally {
    switching = false;
  }
}

function setUpScriptToggle(toggle: HTMLElement): void {
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    void showScript(script === 'hant' ? 'hans' : 'hant').then((shown) => {
      if (shown) saveScript(script);
    });
  });
}

async function setUpMap(container: HTMLElement): Promise<void> {
  const notices = mapNotices(container.closest<HTMLElement>('.map-pane'), article);
  let unavailable: MapUnavailableReason = 'mapUnavailable';
  try {
    if (!mapComing) throw new Error('WebGL is not available');
    notices.loading(script);
    unavailable = 'mapLoadFailed';
    // The river and reservoir show in the opening view: their file loads with the rest
    // (a failure is reported where the layers are added).
    loadWater().catch(() => undefined);
    const [geo, { createStoryMap }] = await Promise.all([
      fetchGeoLayers(
        { context: contextUrl, townships: townshipsUrl, places: placesUrl },
        AbortSignal.timeout(geoTimeoutMs),
      ),
      // The data loads at once. MapLibre (the map's code, the page's largest file) loads
      // once the text is on screen, so it does not compete with the first paint; the map
      // picture stands in meanwhile, and the GL context is made after that paint too.
      afterFirstPaint().then(() => import('./map/story-map.ts')),
    ]);
    unavailable = 'mapUnavailable'; // from here on, a failure is the browser's (no WebGL context)
    const opening = story.chapters[activeIndex];
    storyMap = createStoryMap(container, {
      story,
      geo,
      script,
      reducedMotion: () => reducedMotionQuery.matches,
      ...(opening ? { initial: opening.map } : {}),
    });
  } catch (error) {
    // No WebGL, or the map's data or code did not load: the article stands on its own, and
    // says so.
    console.warn('Map unavailable; showing the text alone.', error);
    document.body.classList.add('no-map');
    notices.unavailable(unavailable, script);
    // No bar under a map: the script switch and the contents button go under the headline.
    if (scriptToggle) document.querySelector('.masthead-inner')?.append(scriptToggle);
    navigation.placeControls();
    return;
  }
  storyMap.onLoad(notices.loaded);
  storyMap.onPauseChange(refreshNote);
  // The canvas's text alternative is the note that says in words what the map shows.
  if (mapNote) container.querySelector('canvas')?.setAttribute('aria-describedby', mapNote.id);
  const current = story.chapters[activeIndex];
  if (current) storyMap.show(current.id, current.map);
  // The live map has drawn the current chapter where the picture was: the picture goes.
  void storyMap.drawn.then(() => picture?.remove());
  refreshNote();
  storyMap.onPlaceClick((code, township) => {
    const townshipOf = (c: string) => story.places[c]?.townshipCode;
    // A village no chapter is about leads to the first chapter about its township.
    let index = firstChapterAbout(story.chapters, townshipOf, code);
    if (index < 0 && township) index = firstChapterAbout(story.chapters, townshipOf, township);
    navigation.goTo(index);
  });
}

// First of all, before anything measures the article: most of it waits for the first paint.
layOutAfterFirstPaint(article);
loadMapFiguresForPrint();
/** The facts' parts of the page follow the script too (timeline, table, the byline's date). */
function applyFactsScript(text: ScriptText): void {
  showScriptCopies(text);
  const current = story.chapters[activeIndex];
  if (current) markTimeline(current.id);
  const byline = document.getElementById('story-byline');
  if (byline) markBylineDate(byline, story.publication.date);
}

if (scriptToggle) {
  // With a map to come, the script switch lives in the bar under it (always in reach, never
  // over the map) from the start: moved there once the map had loaded, it left the masthead
  // shorter and the text jumped under a reader already reading or tabbing.
  if (mapComing) document.getElementById('map-bar')?.append(scriptToggle);
  setUpScriptToggle(scriptToggle);
}
const navigation = setUpNavigation({
  story,
  steps,
  script,
  reducedMotion: () => reducedMotionQuery.matches,
  currentIndex: () => activeIndex,
  syncToScroll: activateAtTrigger,
});
setUpScroller();
phoneQuery.addEventListener('change', setUpScroller);
// A reader who chose Simplified before gets it as soon as its words have loaded.
if (savedScript() !== script) void showScript(savedScript());
// A jump past every step (End, the scrollbar, a link into the index) crosses no trigger line.
onScrollSettled(activateAtTrigger);

if (article) {
  wirePlaceLinks(article, {
    hover: (code) => storyMap?.hover((code && story.places[code]?.highlight) || null),
    select: (code) => {
      const place = story.places[code];
      // Without a map the link does what a link does: it goes to the place in the index.
      if (!place || !storyMap) return false;
      storyMap.focus(place.focus);
      shown = place;
      refreshNote();
      announce();
      return true;
    },
  });
}

if (mapContainer) void setUpMap(mapContainer);
