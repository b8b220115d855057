import { isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { BBox, CameraHint } from '../../shared/model.ts';
import { STORY_LAYER_IDS, type StoryLayerId } from '../../shared/story-layers.ts';
import type { YamlBlock } from './front-matter.ts';
import type { ContentIssue } from './issues.ts';
import { closest, listAllowed } from './suggest.ts';
import { normalizeCamera } from './camera-field.ts';
import { normalizePlaces, type PlaceRef } from './places-field.ts';
import { describeNode, eachField, FieldIssues, requireMapping, textField } from './yaml-fields.ts';

export type { PlaceRef };

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
  /** The raw `facts:` value and its key's line, checked by facts.ts against the body. */
  facts?: { node: YamlNode | null; line: number };
}

/** Keys a chapter may have, in documentation order. */
const CHAPTER_KEYS = ['id', 'part', 'subhead', 'places', 'camera', 'layers', 'facts'] as const;

/** Kebab-case: lowercase letters and digits in hyphen-separated runs. */
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
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
  const c = new FieldIssues(file, block);
  const fields: ChapterFields = { places: [], layers: [] };
  if (!requireMapping(c)) return { fields, issues: c.issues };
  eachField(c, block.doc.contents, CHAPTER_KEYS, 'front-matter', (key, value, pair) => {
    switch (key) {
      case 'id': {
        const id = textField(c, value, pair, 'id');
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
        const v = textField(c, value, pair, key);
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

function normalizeLayers(c: FieldIssues, node: YamlNode | null, pair: Pair): StoryLayerId[] {
  if (!isSeq(node)) {
    c.add(
      node ?? pair.key,
      `layers must be a list, found ${describeNode(node)}`,
      `write layers: [${STORY_LAYER_IDS[0] ?? ''}]`,
    );
    return [];
  }
  const layers: StoryLayerId[] = [];
  for (const item of node.items) {
    const value = isScalar(item) ? item.value : undefined;
    const known = STORY_LAYER_IDS.find((id) => id === value);
    if (known) {
      if (!layers.includes(known)) layers.push(known);
      continue;
    }
    const seen = typeof value === 'string' ? `'${value}'` : describeNode(item);
    const near = typeof value === 'string' ? closest(value, STORY_LAYER_IDS) : undefined;
    c.add(
      item,
      `unknown layer ${seen}`,
      `${near ? `did you mean '${near}'? ` : ''}known layers: ${listAllowed(STORY_LAYER_IDS)}`,
    );
  }
  return layers;
}
