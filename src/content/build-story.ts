import turfBBox from '@turf/bbox';
import { createPlaceResolver } from '../geo/resolve-place.ts';
import type { GeoData } from '../geo/resolve-place.ts';
import type {
  BBox,
  Bilingual,
  Chapter,
  PlaceIndexEntry,
  Script,
  Story,
  StoryPlace,
} from '../story/model.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { ContentIssue, SourceFile } from './issues.ts';
import { sortIssues } from './issues.ts';
import { approximateArea, joinPlaces } from './join.ts';
import type { PlaceLookup } from './join.ts';
import { escapeHtml, parseBody } from './markdown.ts';
import type { BodyBlock } from './markdown.ts';
import { normalizeChapter, normalizeStory } from './normalize.ts';
import type { ChapterFields } from './normalize.ts';
import { compareWithOriginal, originalLines } from './fidelity.ts';
import type { LocatedLine } from './fidelity.ts';
import { gazetteerNames, renderLinkedText } from './place-links.ts';
import type { LinkInfo, PlaceNames } from './place-links.ts';
import { toHans } from './script.ts';
import { chapterView } from './views.ts';
import type { YamlBlock } from './front-matter.ts';
import { chapterFacts, markFacts } from '../build/content/chapter-facts.ts';

/** Everything the story is built from. Paths are repo-relative with forward slashes. */
export interface BuildStoryInput {
  storyFile: SourceFile;
  chapterFiles: SourceFile[];
  geo: GeoData;
  /** Attribution lines for the credits (e.g. from geo/SOURCES.md); default none. */
  attribution?: string[];
  /** The article as published; when given, the chapters must reproduce it line for line. */
  original?: SourceFile;
}

/** The result: every issue found, and the story only when there are none. */
export interface BuildStoryResult {
  story?: Story;
  issues: ContentIssue[];
}

/** Input of {@link buildStoryWith}: the geo side already turned into a resolver and bounds. */
export interface BuildStoryCoreInput extends Omit<BuildStoryInput, 'geo'> {
  lookup: PlaceLookup;
  /** The map's bounds (camera centers must lie inside) and the story's opening bounds. */
  bounds: BBox;
}

/** Muted note where the original had a photo this page does not carry. */
export const PHOTO_MISSING: Bilingual = {
  hant: '（原文此處有一張照片，本頁未收錄）',
  hans: toHans('（原文此處有一張照片，本頁未收錄）'),
};

const CHAPTER_FILE = /^(\d{2})-([^/]+)\.md$/;

/**
 * Builds the typed story from content files and geo data, collecting every problem.
 * Never throws on bad content; `story` is present only when `issues` is empty.
 */
export function buildStory(input: BuildStoryInput): BuildStoryResult {
  let lookup: PlaceLookup;
  try {
    lookup = createPlaceResolver(input.geo);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      issues: [
        { file: 'geo/context.geojson', line: 1, message, hint: 'rebuild geo/ with npm run geo' },
      ],
    };
  }
  const [west, south, east, north] = turfBBox(input.geo.context);
  const bounds: BBox = [west, south, east, north];
  return buildStoryWith({
    storyFile: input.storyFile,
    chapterFiles: input.chapterFiles,
    lookup,
    bounds,
    ...(input.attribution ? { attribution: input.attribution } : {}),
    ...(input.original ? { original: input.original } : {}),
  });
}

interface ParsedChapter {
  file: SourceFile;
  number: number;
  slug: string;
  fields: ChapterFields;
  blocks: BodyBlock[];
  /** The front matter, for the line numbers of later checks (facts). */
  yaml?: YamlBlock;
  /** The body parsed without issues and has a paragraph. */
  bodyOk: boolean;
}

/** The pure core of {@link buildStory}, for callers that already have a resolver. */
export function buildStoryWith(input: BuildStoryCoreInput): BuildStoryResult {
  const issues: ContentIssue[] = [];
  const { lookup, bounds } = input;

  const storySplit = splitFrontMatter(input.storyFile);
  issues.push(...storySplit.issues);
  const storyFields = storySplit.yaml
    ? normalizeStory(storySplit.yaml, input.storyFile.path)
    : undefined;
  issues.push(...(storyFields?.issues ?? []));
  if (storySplit.yaml && storySplit.body.trim() !== '') {
    const offset = storySplit.body.split(/\r?\n/).findIndex((l) => l.trim() !== '');
    issues.push({
      file: input.storyFile.path,
      line: storySplit.bodyLine + Math.max(offset, 0),
      message: 'story.md has text after its front matter',
      hint: 'story.md holds front matter only: move the text into a chapter',
    });
  }

  const chapters = parseChapters(input.chapterFiles, bounds, issues);

  const gazetteer = gazetteerNames(lookup.divisions());
  const allPairs = chapters.flatMap((c) =>
    c.fields.places.flatMap((p) => (p.name !== undefined ? [{ name: p.name, code: p.code }] : [])),
  );
  const storyNames = gazetteer.withOverrides(allPairs);

  const places: Record<string, StoryPlace> = {};
  const mentions = new Map<string, string[]>();
  const mention = (code: string, chapterId: string): void => {
    const list = mentions.get(code) ?? [];
    if (!list.includes(chapterId)) list.push(chapterId);
    mentions.set(code, list);
  };
  const linkInfo = (code: string): LinkInfo | undefined => {
    const place = places[code] ?? lookup.resolve(code);
    if (!place) return undefined;
    places[code] = place;
    const area = approximateArea(place, lookup);
    return area ? { approximateArea: area } : {};
  };

  const built: Chapter[] = [];
  const storyLines: LocatedLine[] = [];
  for (const chapter of chapters) {
    const { fields, file } = chapter;
    const path = file.path;
    const text = chapter.bodyOk
      ? chapter.blocks.map((b) => (b.kind === 'paragraph' ? b.text : (b.caption ?? ''))).join('\n')
      : undefined;
    const joined = joinPlaces(fields.places, lookup, path, text);
    issues.push(...joined.issues);
    for (const place of joined.places) places[place.code] = place;

    const names = storyNames.withOverrides(
      fields.places.flatMap((p) => (p.name !== undefined ? [{ name: p.name, code: p.code }] : [])),
    );
    const id = fields.id ?? chapter.slug;
    for (const place of joined.places) mention(place.code, id);
    const rendered = renderChapter(chapter.blocks, names, linkInfo, (code) => mention(code, id));
    const checked = chapterFacts({
      file: path,
      ...(fields.facts ? { facts: fields.facts } : {}),
      ...(chapter.yaml ? { yaml: chapter.yaml } : {}),
      ...(chapter.bodyOk ? { blocks: chapter.blocks } : {}),
      divisions: lookup.divisions(),
    });
    const marked = markFacts(rendered, checked.facts);
    issues.push(...checked.issues, ...marked.issues);
    const html = marked.html;

    if (fields.part) storyLines.push({ text: fields.part, file: path, line: fields.partLine ?? 1 });
    if (fields.subhead) {
      storyLines.push({ text: fields.subhead, file: path, line: fields.subheadLine ?? 1 });
    }
    for (const b of chapter.blocks) {
      if (b.kind === 'paragraph') storyLines.push({ text: b.text, file: path, line: b.line });
      else {
        storyLines.push({ text: b.credit, file: path, line: b.line + 1 });
        if (b.caption !== null) storyLines.push({ text: b.caption, file: path, line: b.line + 2 });
      }
    }

    const view = chapterView(joined.places, fields.camera);
    if (!view) continue;
    built.push({
      id,
      index: built.length,
      source: { file: path, line: 1 },
      ...(fields.part ? { part: bilingual(fields.part) } : {}),
      ...(fields.subhead ? { subhead: bilingual(fields.subhead) } : {}),
      places: joined.places.map((p) => p.code),
      layers: fields.layers,
      view,
      html,
      facts: checked.facts,
    });
  }

  const title = storyFields?.fields.title;
  if (input.original) {
    const original = originalLines(input.original);
    if (title !== undefined && original.title && original.title.text !== title) {
      issues.push({
        file: input.storyFile.path,
        line: 2,
        message: `title differs from ${input.original.path} line ${original.title.line}`,
        hint: 'copy line 1 of the original into title: verbatim',
      });
    }
    if (issues.length === 0) issues.push(...compareWithOriginal(original.lines, storyLines));
  }

  if (issues.length > 0) return { issues: sortIssues(issues) };
  nameAsWritten(places, allPairs);
  const fields = storyFields?.fields ?? {};
  const publisher = fields.publisher ?? '';
  const date = fields.date ?? '';
  const placeIndex: PlaceIndexEntry[] = [...mentions].map(([code, ids]) => ({
    code,
    chapters: ids,
  }));
  return {
    issues,
    story: {
      title: bilingual(title ?? ''),
      byline: bilingual(fields.byline ?? `${publisher} ${date}`),
      publication: {
        publisher: bilingual(publisher),
        date,
        ...(fields.url ? { url: fields.url } : {}),
      },
      chapters: built,
      places,
      placeIndex,
      townshipCount: lookup.divisions().filter((d) => d.kind === 'township').length,
      bounds,
      attribution: input.attribution ?? [],
    },
  };
}

/**
 * Readers meet a place under the name the article uses (賀莊村), not the 2023 register's
 * (賀莊社區): the first name a chapter pairs with a code becomes the display name, and the
 * official one is kept beside it.
 */
function nameAsWritten(
  places: Record<string, StoryPlace>,
  pairs: readonly { name: string; code: string }[],
): void {
  for (const { name, code } of pairs) {
    const place = places[code];
    if (!place || place.officialName) continue;
    if (place.name.hant === name) continue;
    places[code] = { ...place, name: bilingual(name), officialName: place.name };
  }
}

function bilingual(hant: string): Bilingual {
  return { hant, hans: toHans(hant) };
}

/** Parses every chapter file: numbering, front matter, body, ids. Pushes issues. */
function parseChapters(
  files: readonly SourceFile[],
  bounds: BBox,
  issues: ContentIssue[],
): ParsedChapter[] {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const chapters: ParsedChapter[] = [];
  let expected = 1;
  let previous: string | undefined;
  const ids = new Map<string, string>();
  for (const file of sorted) {
    const base = file.path.split('/').pop() ?? file.path;
    const named = CHAPTER_FILE.exec(base);
    if (!named) {
      issues.push({
        file: file.path,
        line: 1,
        message: `chapter file name '${base}' is not NN-<id>.md`,
        hint: 'name it with a two-digit reading-order number and the chapter id, e.g. 07-beizhai-donations.md',
      });
      continue;
    }
    const number = Number(named[1]);
    const slug = named[2] ?? '';
    const pad = (n: number): string => String(n).padStart(2, '0');
    if (previous !== undefined && number === expected - 1) {
      issues.push({
        file: file.path,
        line: 1,
        message: `chapter number ${pad(number)} is used twice (also ${previous})`,
        hint: 'give each file its own number: renumber this file and the ones after it (git mv)',
      });
    } else if (number !== expected) {
      issues.push({
        file: file.path,
        line: 1,
        message:
          expected === 1
            ? `chapter numbering starts at ${pad(number)}, not 01`
            : `chapter number ${pad(number)} follows ${pad(expected - 1)}: ${pad(expected)} is missing`,
        hint: 'number chapter files 01, 02, … with no gaps: renumber this file and the ones after it (git mv)',
      });
    }
    expected = number + 1;
    previous = base;

    const split = splitFrontMatter(file);
    issues.push(...split.issues);
    const normalized = split.yaml
      ? normalizeChapter(split.yaml, file.path, { fileSlug: slug, bounds })
      : { fields: { places: [], layers: [] }, issues: [] };
    issues.push(...normalized.issues);
    const body = parseBody(split.body, file.path, split.bodyLine);
    issues.push(...body.issues);
    const hasParagraph = body.blocks.some((b) => b.kind === 'paragraph');
    if (body.issues.length === 0 && split.yaml && !hasParagraph) {
      issues.push({
        file: file.path,
        line: split.bodyLine,
        message: 'chapter has no paragraph',
        hint: 'add the article paragraphs it covers (one per line, blank line between), or delete the file and renumber',
      });
    }
    const id = normalized.fields.id;
    if (id !== undefined) {
      const first = ids.get(id);
      if (first !== undefined) {
        issues.push({
          file: file.path,
          line: normalized.fields.idLine ?? 1,
          message: `id '${id}' is already used by ${first}`,
          hint: 'ids must be unique: choose another kebab-case id (and rename the file to match)',
        });
      } else ids.set(id, file.path);
    }
    chapters.push({
      file,
      number,
      slug,
      fields: normalized.fields,
      blocks: body.blocks,
      ...(split.yaml ? { yaml: split.yaml } : {}),
      bodyOk: body.issues.length === 0 && hasParagraph,
    });
  }
  return chapters;
}

/**
 * A chapter body as HTML in both scripts: `<p>` per paragraph with place links, and a
 * `<figure class="photo-placeholder">` per figure block. `onLink` sees each linked code.
 */
export function renderChapter(
  blocks: readonly BodyBlock[],
  names: PlaceNames,
  info: (code: string) => LinkInfo | undefined,
  onLink: (code: string) => void,
): Bilingual {
  const render = (script: Script): string =>
    blocks
      .map((block) => {
        const linked = (text: string): string => {
          const matches = names.find(text).filter((m) => info(m.code) !== undefined);
          if (script === 'hant') matches.forEach((m) => onLink(m.code));
          return renderLinkedText(text, matches, script, info);
        };
        if (block.kind === 'paragraph') return `<p>${linked(block.text)}</p>`;
        const convert = (t: string): string => (script === 'hans' ? toHans(t) : t);
        const caption =
          block.caption === null
            ? ''
            : `<span class="photo-caption">${linked(block.caption)}</span>`;
        return (
          `<figure class="photo-placeholder${block.caption === null ? ' no-caption' : ''}">` +
          `<div class="photo-missing">${escapeHtml(PHOTO_MISSING[script])}</div>` +
          // The credit was printed in Simplified even on the Traditional page: say so to screen readers.
          `<figcaption>${caption}<small class="photo-credit" lang="zh-Hans">${escapeHtml(convert(block.credit))}</small></figcaption>` +
          `</figure>`
        );
      })
      .join('\n');
  return { hant: render('hant'), hans: render('hans') };
}
