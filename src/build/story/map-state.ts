import { DISTRICT_CODE } from '../../shared/codes.ts';
import type {
  Bilingual,
  BBox,
  CameraHint,
  Chapter,
  Story,
  StoryLayerId,
} from '../../shared/model.ts';

/** A place the map can only show through its township or district; the page says so. */
export interface ApproximateNote {
  code: string;
  name: Bilingual;
  /** What the map shows instead (the township or the district). */
  shownAs: Bilingual;
}

/**
 * Everything the map shows for one chapter. It is computed from the chapter alone, never
 * from the previous state, so skipping chapters or reloading mid-story lands in the same place.
 */
export interface MapState {
  chapterId: string;
  bounds: BBox;
  maxZoom: number;
  hint?: CameraHint;
  /** Township codes (feature ids in the townships source) to mark active. */
  townships: string[];
  /** Place ids (feature ids in the places source) to mark active and label. */
  places: string[];
  /** Codes of context cities (Shijiazhuang, Wuhan) to show with a dot and a label. */
  cities: string[];
  /** Whether the chapter is about every township-level unit of the district. */
  allTownships: boolean;
  /** Whether the district outline itself is what the chapter is about. */
  district: boolean;
  /** Story layers to show; all others are hidden. */
  layers: StoryLayerId[];
  approximate: ApproximateNote[];
  /** Whether a highlighted township area is derived (approximate), not from a boundary file. */
  derivedArea: boolean;
  /** Names of everything the chapter is about, for the map's text description. */
  names: Bilingual[];
}

/** The map state for `chapter`. Pure: the same chapter always gives the same state. */
export function mapStateFor(chapter: Chapter, story: Story): MapState {
  const townships = new Set<string>();
  const places = new Set<string>();
  const cities = new Set<string>();
  const approximate: ApproximateNote[] = [];
  const names: Bilingual[] = [];
  let district = false;
  let derivedArea = false;

  for (const code of chapter.places) {
    const place = story.places[code];
    if (!place) continue; // the build guarantees every code resolves; stay safe at run time.
    names.push(place.name);
    if (place.resolvedAs === 'district') {
      district = true;
      if (place.code !== DISTRICT_CODE)
        approximate.push({ code, name: place.name, shownAs: districtName(story) });
    } else if (place.resolvedAs === 'township') {
      const township = place.townshipCode ?? place.code;
      townships.add(township);
      derivedArea ||= story.places[township]?.approximate ?? place.approximate;
      if (place.kind !== 'township') {
        const shownAs = story.places[township]?.name ?? place.name;
        approximate.push({ code, name: place.name, shownAs });
      }
    } else if (place.kind === 'city') {
      cities.add(place.code);
    } else {
      places.add(place.code);
    }
  }

  const townshipsNamed = chapter.places.filter((code) => story.places[code]?.kind === 'township');
  return {
    chapterId: chapter.id,
    bounds: chapter.view.bounds,
    maxZoom: chapter.view.maxZoom,
    ...(chapter.view.hint ? { hint: chapter.view.hint } : {}),
    townships: [...townships],
    places: [...places],
    cities: [...cities],
    allTownships: story.townshipCount > 0 && townshipsNamed.length === story.townshipCount,
    district,
    layers: [...chapter.layers],
    approximate,
    derivedArea,
    names,
  };
}

function districtName(story: Story): Bilingual {
  return story.places[DISTRICT_CODE]?.name ?? { hant: '鹿泉區', hans: '鹿泉区' };
}
