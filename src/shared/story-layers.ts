/**
 * The one list of story layers: named extra map layers a chapter can switch on with
 * `layers:` in its front matter. Content validation accepts exactly these ids, and the
 * map (src/app/map/layers.ts) must say which style layers each one shows — a compile
 * error there when an id is added here.
 */
export const STORY_LAYER_IDS = ['wuhan-link', 'township-seats', 'gifts'] as const;

/** A story layer id, e.g. `wuhan-link`. */
export type StoryLayerId = (typeof STORY_LAYER_IDS)[number];
