import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { BBox, CameraHint, StoryLayerId } from '../story/model.ts';
import type { YamlBlock } from './front-matter.ts';
import type { ContentIssue } from './issues.ts';
import { closest, listAllowed } from './suggest.ts';

/** A place as listed in a chapter's front matter. */
export interface PlaceRef {
  code: string;
  /** The name as the chapter's text writes it (Traditional), when given. */
  name?: string;
  /** File line of the list item. */
  line: number;
}

/** A chapter's front matter, normalised field by field. Fields in error are absent. */
export interface ChapterFields {
  id?: string;
  /** File line of `id`, for duplicate-id messages. */
  idLine?: number;
  /** File lines of `part` and `subhead`, for fidelity messages. */
  partLine?: number;
  subheadLine?: number;
  part?: string;
  subhead?: string;
  places: PlaceRef[];
  camera?: CameraHint;
  /** File line of `camera`, for later messages. */
  cameraLine?: number;
  layers: StoryLayerId[];
  /** The raw `facts:` value and its key's line, checked by src/build/content/facts.ts. */
  facts?: { node: YamlNode | null; line: number };
}

/** The story's front matter (content/story.md), normalised. */
export interface StoryFields {
  title?: string;
  publisher?: string;
  date?: string;
  byline?: string;
  url?: string;
}

/** Keys a chapter may have, in documentation order. */
export const CHAPTER_KEYS = [
  'id',
  'part',
  'subhead',
  'places',
  'camera',
  'layers',
  'facts',
] as const;
/** Keys story.md may have. */
export const STORY_KEYS = ['title', 'publisher', 'date', 'byline', 'url'] as const;
/** Layer ids a chapter may switch on (see src/map/layers.ts). */
export const LAYER_IDS: readonly StoryLayerId[] = ['wuhan-link', 'township-seats'];
const CAMERA_KEYS = ['center', 'zoom', 'bearing', 'pitch'] as const;
const PLACE_KEYS = ['code', 'name'] as const;

/** Kebab-case: lowercase letters and digits in hyphen-separated runs. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Division codes: 6 (district/city), 9 (township) or 12 (village/community) digits. */
export const CODE_PATTERN = /^(\d{6}|\d{9}|\d{12})$/;

class Collector {
  readonly issues: ContentIssue[] = [];
  /** Known keys offered as suggestions for unknown ones (not reported again as missing). */
  readonly suggested = new Set<string>();
  constructor(
    readonly file: string,
    readonly block: YamlBlock,
  ) {}
  line(node: unknown): number {
    if (node && typeof node === 'object' && 'range' in node) {
      const range = (node as { range?: unknown }).range;
      if (Array.isArray(range) && typeof range[0] === 'number') return this.block.lineAt(range[0]);
    }
    return this.block.firstLine;
  }
  add(node: unknown, message: string, hint?: string): void {
    this.issues.push({
      file: this.file,
      line: this.line(node),
      message,
      ...(hint ? { hint } : {}),
    });
  }
}

/** Describes a YAML node for a message: its source text for scalars, its kind otherwise. */
export function describe(node: unknown): string {
  if (isScalar(node)) {
    if (node.value === null) return 'an empty value';
    if (node.value === '') return 'an empty text';
    if (typeof node.value === 'string') return `the text '${node.value}'`;
    return `${typeof node.value} ${node.source ?? String(node.value)}`;
  }
  if (isSeq(node))
    return `a list of ${node.items.length} item${node.items.length === 1 ? '' : 's'}`;
  if (isMap(node)) return 'a mapping';
  return 'nothing';
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Calls `visit` for each known key; reports unknown keys with the closest known one. */
function eachField(
  c: Collector,
  map: unknown,
  known: readonly string[],
  what: string,
  visit: (key: string, value: YamlNode | null, pair: Pair) => void,
): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const key = keyName(pair);
    if (!known.includes(key)) {
      const near = closest(key, known);
      if (near) c.suggested.add(near);
      c.add(
        pair.key,
        `unknown ${what} key '${key}'`,
        `${near ? `did you mean '${near}'? ` : ''}allowed keys: ${listAllowed(known)}`,
      );
      continue;
    }
    visit(key, (pair.value as YamlNode | null) ?? null, pair);
  }
}

function text(c: Collector, node: YamlNode | null, pair: Pair, field: string): string | undefined {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
    return node.value;
  }
  c.add(
    node ?? pair.key,
    `${field} must be non-empty text, found ${describe(node)}`,
    `write ${field}: <text>, quoted if it ends in ':'`,
  );
  return undefined;
}

function requireRoot(c: Collector): boolean {
  const contents = c.block.doc.contents;
  if (isMap(contents)) return true;
  c.add(
    contents,
    `front matter must be a mapping of 'key: value' lines, found ${describe(contents)}`,
    "write one 'key: value' per line between the '---' lines",
  );
  return false;
}

/** Normalises story.md's front matter. Missing required fields are reported at line 1. */
export function normalizeStory(
  block: YamlBlock,
  file: string,
): { fields: StoryFields; issues: ContentIssue[] } {
  const c = new Collector(file, block);
  const fields: StoryFields = {};
  if (!requireRoot(c)) return { fields, issues: c.issues };
  eachField(c, block.doc.contents, STORY_KEYS, 'story', (key, value, pair) => {
    const v = text(c, value, pair, key);
    if (v === undefined) return;
    if (key === 'date' && !/^\d{4}-\d{2}(-\d{2})?$/.test(v)) {
      c.add(
        value,
        `date '${v}' is not YYYY-MM or YYYY-MM-DD`,
        'write the publication date as precisely as known, e.g. 2020-02',
      );
      return;
    }
    if (key === 'url' && !/^https?:\/\//.test(v)) {
      c.add(
        value,
        `url '${v}' is not an http(s) address`,
        'write the full address, starting with https://',
      );
      return;
    }
    fields[key as keyof StoryFields] = v;
  });
  for (const key of ['title', 'publisher', 'date'] as const) {
    if (!block.doc.has(key))
      c.issues.push({
        file,
        line: 1,
        message: `missing ${key}`,
        hint: `add '${key}: …' to the front matter`,
      });
  }
  return { fields, issues: c.issues };
}

/** Options for {@link normalizeChapter}. */
export interface NormalizeChapterOptions {
  /** The slug of the file name (`07-x.md` → `x`), which `id` must equal. */
  fileSlug?: string;
  /** The map's bounds; a camera center outside them is an error. */
  bounds?: BBox;
}

/**
 * Normalises a chapter's front matter field by field, collecting every issue.
 * Unknown keys are errors with the closest known key suggested.
 */
export function normalizeChapter(
  block: YamlBlock,
  file: string,
  options: NormalizeChapterOptions = {},
): { fields: ChapterFields; issues: ContentIssue[] } {
  const c = new Collector(file, block);
  const fields: ChapterFields = { places: [], layers: [] };
  if (!requireRoot(c)) return { fields, issues: c.issues };
  eachField(c, block.doc.contents, CHAPTER_KEYS, 'front-matter', (key, value, pair) => {
    switch (key) {
      case 'id': {
        const id = text(c, value, pair, 'id');
        if (id === undefined) return;
        if (!ID_PATTERN.test(id)) {
          const fixed = id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '');
          c.add(
            value,
            `id '${id}' is not kebab-case`,
            `use lowercase letters, digits and single hyphens${fixed ? `, e.g. '${fixed}'` : ''}`,
          );
          return;
        }
        if (options.fileSlug !== undefined && options.fileSlug !== id) {
          c.add(
            value,
            `id '${id}' does not match the file name slug '${options.fileSlug}'`,
            `rename the file to NN-${id}.md or set id: ${options.fileSlug}`,
          );
        }
        fields.id = id;
        fields.idLine = c.line(value);
        return;
      }
      case 'part':
      case 'subhead': {
        const v = text(c, value, pair, key);
        if (v === undefined) return;
        fields[key] = v;
        fields[key === 'part' ? 'partLine' : 'subheadLine'] = c.line(value);
        return;
      }
      case 'places':
        fields.places = normalizePlaces(c, value, pair);
        return;
      case 'camera': {
        const camera = normalizeCamera(c, value, pair, options.bounds);
        if (camera) {
          fields.camera = camera;
          fields.cameraLine = c.line(pair.key);
        }
        return;
      }
      case 'layers':
        fields.layers = normalizeLayers(c, value, pair);
        return;
      case 'facts':
        fields.facts = { node: value, line: c.line(pair.key) };
        return;
    }
  });
  if (!block.doc.has('id') && !c.suggested.has('id')) {
    c.issues.push({
      file,
      line: 1,
      message: 'missing id',
      hint: `add 'id: ${options.fileSlug ?? '<kebab-case-slug>'}' (the file name after NN-)`,
    });
  }
  if (!block.doc.has('places') && !c.suggested.has('places')) {
    c.issues.push({
      file,
      line: 1,
      message: 'missing places',
      hint: "add 'places:' with at least one quoted code, e.g. places: ['130110']",
    });
  }
  return { fields, issues: c.issues };
}

function normalizeCode(c: Collector, node: unknown): string | undefined {
  if (isScalar(node) && typeof node.value === 'number') {
    c.add(
      node,
      `place code ${node.source ?? String(node.value)} is a number`,
      `quote it: '${node.source ?? String(node.value)}'`,
    );
    return undefined;
  }
  if (!isScalar(node) || typeof node.value !== 'string') {
    c.add(
      node,
      `place code must be a quoted string of digits, found ${describe(node)}`,
      "write e.g. '130110202'",
    );
    return undefined;
  }
  const code = node.value.trim();
  if (!CODE_PATTERN.test(code)) {
    const digits = /^\d+$/.test(code) ? `has ${code.length} digits` : 'is not all digits';
    c.add(
      node,
      `place code '${code}' ${digits}`,
      'codes have 6 (district or city), 9 (township) or 12 (village or community) digits',
    );
    return undefined;
  }
  return code;
}

function normalizePlaces(c: Collector, node: YamlNode | null, pair: Pair): PlaceRef[] {
  if (!isSeq(node)) {
    const example = isScalar(node) && node.value !== null ? `'${String(node.value)}'` : "'130110'";
    c.add(
      node ?? pair.key,
      `places must be a list, found ${describe(node)}`,
      `write places: [${example}] or one '- ' item per line`,
    );
    return [];
  }
  if (node.items.length === 0) {
    c.add(node, 'places is empty', "list at least one place code, e.g. places: ['130110']");
    return [];
  }
  const refs: PlaceRef[] = [];
  const seen = new Set<string>();
  for (const item of node.items) {
    let ref: PlaceRef | undefined;
    if (isMap(item)) {
      let code: string | undefined;
      let name: string | undefined;
      eachField(c, item, PLACE_KEYS, 'place', (key, value, itemPair) => {
        if (key === 'code') code = normalizeCode(c, value);
        else name = text(c, value, itemPair, 'name');
      });
      if (!item.has('code'))
        c.add(item, 'place has a name but no code', "write { code: '…', name: … }");
      if (code !== undefined)
        ref = { code, line: c.line(item), ...(name !== undefined ? { name } : {}) };
    } else {
      const code = normalizeCode(c, item);
      if (code !== undefined) ref = { code, line: c.line(item) };
    }
    if (!ref) continue;
    if (seen.has(ref.code)) {
      c.add(item, `place '${ref.code}' is listed twice`, 'list each code once per chapter');
      continue;
    }
    seen.add(ref.code);
    refs.push(ref);
  }
  return refs;
}

function numberIn(
  c: Collector,
  node: unknown,
  field: string,
  min: number,
  max: number,
  unit: string,
): number | undefined {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
    c.add(
      node,
      `${field} must be a number, found ${describe(node)}`,
      `use a number from ${min} to ${max}${unit}`,
    );
    return undefined;
  }
  if (node.value < min || node.value > max) {
    c.add(
      node,
      `${field} ${node.source ?? node.value} is out of range`,
      `use a number from ${min} to ${max}${unit}`,
    );
    return undefined;
  }
  return node.value;
}

function normalizeCamera(
  c: Collector,
  node: YamlNode | null,
  pair: Pair,
  bounds: BBox | undefined,
): CameraHint | undefined {
  if (!isMap(node)) {
    c.add(
      node ?? pair.key,
      `camera must be a mapping, found ${describe(node)}`,
      'write camera: { zoom: 10 } with any of center, zoom, bearing, pitch',
    );
    return undefined;
  }
  const camera: CameraHint = {};
  let ok = true;
  eachField(c, node, CAMERA_KEYS, 'camera', (key, value) => {
    let v: number | undefined;
    switch (key) {
      case 'zoom':
        v = numberIn(c, value, 'camera.zoom', 0, 22, '');
        if (v !== undefined) camera.zoom = v;
        break;
      case 'bearing':
        v = numberIn(c, value, 'camera.bearing', -180, 180, ' (degrees clockwise from north)');
        if (v !== undefined) camera.bearing = v;
        break;
      case 'pitch':
        v = numberIn(c, value, 'camera.pitch', 0, 60, ' (degrees from vertical)');
        if (v !== undefined) camera.pitch = v;
        break;
      case 'center': {
        const center = normalizeCenter(c, value, bounds);
        if (center) camera.center = center;
        else ok = false;
        return;
      }
    }
    if (v === undefined) ok = false;
  });
  return ok ? camera : undefined;
}

function normalizeCenter(
  c: Collector,
  node: YamlNode | null,
  bounds: BBox | undefined,
): [number, number] | undefined {
  if (
    !isSeq(node) ||
    node.items.length !== 2 ||
    !node.items.every((i) => isScalar(i) && typeof i.value === 'number')
  ) {
    c.add(
      node,
      `camera.center must be [lon, lat], found ${describe(node)}`,
      'write two numbers in WGS84 degrees, longitude first, e.g. [114.31, 38.08]',
    );
    return undefined;
  }
  const [lonNode, latNode] = node.items;
  const lon = numberIn(c, lonNode, 'camera.center longitude', -180, 180, '');
  const lat = numberIn(c, latNode, 'camera.center latitude', -90, 90, '');
  if (lon === undefined || lat === undefined) return undefined;
  if (bounds) {
    const [w, s, e, n] = bounds;
    if (lon < w || lon > e || lat < s || lat > n) {
      const round = (x: number): string => x.toFixed(2);
      c.add(
        node,
        `camera.center [${lon}, ${lat}] is outside the map's bounds`,
        `use longitude ${round(w)}–${round(e)} and latitude ${round(s)}–${round(n)} (is it [lat, lon] instead of [lon, lat]?)`,
      );
      return undefined;
    }
  }
  return [lon, lat];
}

function normalizeLayers(c: Collector, node: YamlNode | null, pair: Pair): StoryLayerId[] {
  if (!isSeq(node)) {
    c.add(
      node ?? pair.key,
      `layers must be a list, found ${describe(node)}`,
      `write layers: [${LAYER_IDS[0] ?? ''}]`,
    );
    return [];
  }
  const layers: StoryLayerId[] = [];
  for (const item of node.items) {
    const value = isScalar(item) ? item.value : undefined;
    const known = LAYER_IDS.find((id) => id === value);
    if (known) {
      if (!layers.includes(known)) layers.push(known);
      continue;
    }
    const seen = typeof value === 'string' ? `'${value}'` : describe(item);
    const near = typeof value === 'string' ? closest(value, LAYER_IDS) : undefined;
    c.add(
      item,
      `unknown layer ${seen}`,
      `${near ? `did you mean '${near}'? ` : ''}known layers: ${listAllowed(LAYER_IDS)}`,
    );
  }
  return layers;
}
