/**
 * Builds the typed story from content files and geo data, step by step: each step
 * produces one thing from the ones before it, and nothing is changed after it is made.
 */
import turfBBox from '@turf/bbox';
import { GEO_FILE_NAMES } from '../../shared/geo-schema.ts';
import type { GeoFiles } from '../../shared/geo-schema.ts';
import type { BBox, Chapter, PlaceIndexEntry, ResolvedPlace, Story } from '../../shared/model.ts';
import { parseChapters } from '../content/chapter-files.ts';
import type { ParsedChapter } from '../content/chapter-files.ts';
import { articleIssues, titleIssues } from '../content/fidelity.ts';
import { FileError, sortIssues } from '../content/issues.ts';
import type { ContentIssue, SourceFile } from '../content/issues.ts';
import type { NameMatch } from '../content/place-links.ts';
import { bilingual } from '../content/script.ts';
import { parseStoryFile } from '../content/story-fields.ts';
import type { StoryFields } from '../content/story-fields.ts';
import { createPlaceResolver } from '../gazetteer/resolve-place.ts';
import type { PlaceResolver } from '../gazetteer/resolve-place.ts';
import { chapterBodyHtml } from '../render/chapter-html.ts';
import { findLinks, linkableText, writtenNames } from './links.ts';
import { chapterMapState } from './map-state.ts';
import { checkPlaceRefs } from './place-refs.ts';
import { chapterFacts, markFacts } from '../content/chapter-facts.ts';
import type { Fact } from '../../shared/facts.ts';
import { storyPlaces } from './places.ts';
import { giftPoints } from './gifts.ts';

/** Everything the story is built from. Paths are repo-relative with forward slashes. */
export interface BuildStoryInput {
  storyFile: SourceFile;
  chapterFiles: SourceFile[];
  geo: GeoFiles;
  /** Where `geo` was read from, for messages; default `geo`. */
  geoDir?: string;
  /** Attribution lines for the credits (e.g. from geo/SOURCES.md); default none. */
  attribution?: string[];
  /**
   * The article as published; the chapters must reproduce it line for line. The loader
   * always supplies it (its absence is an issue there); unit fixtures may leave it out.
   */
  original?: SourceFile;
}

/** The result: every issue found, and the story only when there are none. */
export interface BuildStoryResult {
  story?: Story;
  issues: ContentIssue[];
}

/** Everything read and checked, before the story is put together. */
interface Checked {
  fields: StoryFields;
  chapters: ParsedChapter[];
  /** Per chapter: the codes of its front-matter places that resolve. */
  placeCodes: string[][];
  /** Per chapter, per block: the place names linked. */
  links: NameMatch[][][];
  /** Per chapter: its checked facts (marked in its HTML when assembled). */
  facts: Fact[][];
  issues: ContentIssue[];
}

/** The text a chapter's names must appear in; undefined when its body has problems. */
function chapterText(chapter: ParsedChapter): string | undefined {
  return chapter.bodyOk ? chapter.blocks.map(linkableText).join('\n') : undefined;
}

/** Reads and checks every file; the story is built only if this finds no issue. */
function check(input: BuildStoryInput, resolver: PlaceResolver, bounds: BBox): Checked {
  const story = parseStoryFile(input.storyFile);
  const parsed = parseChapters(input.chapterFiles, bounds);
  const refs = parsed.chapters.map((c) =>
    checkPlaceRefs(c.fields.places, resolver, c.file.path, chapterText(c)),
  );
  const isKnown = (code: string) => resolver.resolve(code) !== undefined;
  const facts = parsed.chapters.map((c) =>
    chapterFacts({
      file: c.file.path,
      ...(c.fields.facts ? { facts: c.fields.facts } : {}),
      ...(c.yaml ? { yaml: c.yaml } : {}),
      ...(c.bodyOk ? { blocks: c.blocks } : {}),
      divisions: resolver.divisions(),
    }),
  );
  const issues = [
    ...story.issues,
    ...parsed.issues,
    ...refs.flatMap((r) => r.issues),
    ...facts.flatMap((f) => f.issues),
  ];
  if (input.original) {
    issues.push(...titleIssues(story.fields.title, input.storyFile.path, input.original));
    // One slip upstream would misalign every later line: compare only clean content.
    if (issues.length === 0) issues.push(...articleIssues(parsed.chapters, input.original));
  }
  return {
    fields: story.fields,
    chapters: parsed.chapters,
    placeCodes: refs.map((r) => r.codes),
    links: findLinks(parsed.chapters, resolver.divisions(), isKnown),
    facts: facts.map((f) => f.facts),
    issues,
  };
}

/** Every place in reading order, with the chapters that pair or link it. */
function placeIndex(checked: Checked): PlaceIndexEntry[] {
  const chaptersOf = new Map<string, string[]>();
  checked.chapters.forEach((chapter, i) => {
    const linked = (checked.links[i] ?? []).flat().map((m) => m.code);
    for (const code of [...(checked.placeCodes[i] ?? []), ...linked]) {
      const ids = chaptersOf.get(code) ?? [];
      if (!ids.includes(chapter.id)) ids.push(chapter.id);
      chaptersOf.set(code, ids);
    }
  });
  return [...chaptersOf].map(([code, chapters]) => ({ code, chapters }));
}

/** Memoised lookups: each code is resolved once however often it is asked for. */
function resolvedOnce(resolver: PlaceResolver): (code: string) => ResolvedPlace | undefined {
  const cache = new Map<string, ResolvedPlace | undefined>();
  return (code) => {
    if (!cache.has(code)) cache.set(code, resolver.resolve(code));
    return cache.get(code);
  };
}

/** Puts the checked content together into the story. */
function assemble(
  checked: Checked,
  resolver: PlaceResolver,
  input: BuildStoryInput,
  bounds: BBox,
): { story: Story; issues: ContentIssue[] } {
  const markIssues: ContentIssue[] = [];
  const resolve = resolvedOnce(resolver);
  const index = placeIndex(checked);
  const places = storyPlaces(
    index.map((e) => e.code),
    resolve,
    writtenNames(checked.chapters),
  );
  const townshipCount = resolver.divisions().filter((d) => d.kind === 'township').length;
  const chapters = checked.chapters.flatMap((parsed, i): Chapter[] => {
    const codes = checked.placeCodes[i] ?? [];
    const map = chapterMapState({
      places: codes.flatMap((code) => places[code] ?? []),
      layers: parsed.fields.layers,
      ...(parsed.fields.camera ? { hint: parsed.fields.camera } : {}),
      townshipCount,
      resolve,
    });
    if (!map) return [];
    const { fields } = parsed;
    const facts = checked.facts[i] ?? [];
    const marked = markFacts(
      chapterBodyHtml(parsed.blocks, checked.links[i] ?? [], (c) => places[c]?.standIn?.name),
      facts,
    );
    markIssues.push(...marked.issues);
    return [
      {
        id: parsed.id,
        index: i,
        source: { file: parsed.file.path, line: 1 },
        ...(fields.part ? { part: bilingual(fields.part) } : {}),
        ...(fields.subhead ? { subhead: bilingual(fields.subhead) } : {}),
        places: codes,
        map,
        html: marked.html,
        ...(facts.length > 0 ? { facts } : {}),
      },
    ];
  });
  const { title = '', publisher = '', date = '', byline, url } = checked.fields;
  const story: Story = {
    title: bilingual(title),
    byline: bilingual(byline ?? `${publisher} ${date}`),
    publication: { publisher: bilingual(publisher), date, ...(url ? { url } : {}) },
    chapters,
    places,
    placeIndex: index,
    bounds,
    district: { name: resolver.district.name, bbox: resolver.district.bbox },
    attribution: input.attribution ?? [],
    gifts: giftPoints(chapters, {
      places,
      townshipLabel: (code) =>
        input.geo.townships.features.find((f) => f.properties.code === code)?.properties.label ??
        undefined,
    }),
  };
  return { story, issues: markIssues };
}

/**
 * Builds the typed story from content files and geo data, collecting every problem.
 * Never throws on bad content or geo data; `story` is present only when `issues` is empty.
 */
export function buildStory(input: BuildStoryInput): BuildStoryResult {
  let resolver: PlaceResolver;
  try {
    resolver = createPlaceResolver(input.geo);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    const name = GEO_FILE_NAMES[e.file as keyof GeoFiles] ?? e.file;
    return { issues: [e.toIssue(`${input.geoDir ?? 'geo'}/${name}`)] };
  }
  const [west, south, east, north] = turfBBox(input.geo.context);
  const bounds: BBox = [west, south, east, north];
  const checked = check(input, resolver, bounds);
  if (checked.issues.length > 0) return { issues: sortIssues(checked.issues) };
  // Marking facts in the rendered HTML can still fail (overlapping spans): then no story.
  const assembled = assemble(checked, resolver, input, bounds);
  if (assembled.issues.length > 0) return { issues: sortIssues(assembled.issues) };
  return { story: assembled.story, issues: [] };
}
