import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GEO_FILE_NAMES } from '../../shared/geo-schema.ts';
import type { GeoFiles } from '../../shared/geo-schema.ts';
import type { Story } from '../../shared/model.ts';
import { FileError } from '../content/issues.ts';
import type { ContentIssue, SourceFile } from '../content/issues.ts';
import { attributionLines } from '../gazetteer/attribution.ts';
import { buildStory } from '../story/build-story.ts';
import { loadGeoData } from './load-geo.ts';

/** Where to read from, relative to the root directory. */
export interface LoadStoryOptions {
  /** Content folder (story.md, chapters/, original/article.txt); default `content`. */
  contentDir?: string;
  /** Geo folder (townships.geojson, places.geojson, context.geojson, divisions.json); default `geo`. */
  geoDir?: string;
}

/** What {@link loadStory} returns. */
export interface LoadedStory {
  story?: Story;
  issues: ContentIssue[];
  /** Every file read (root-relative, forward slashes), for the dev server to watch. */
  files: string[];
}

/** Reads files under one root, naming each root-relative (forward slashes) for messages. */
class RootReader {
  /** Every file asked for, read or not. */
  readonly files: string[] = [];
  readonly issues: ContentIssue[] = [];
  constructor(readonly root: string) {}

  rel(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  /** The file, or an issue (with `message` and `hint`) and undefined when it cannot be read. */
  async source(file: string, message: string, hint: string): Promise<SourceFile | undefined> {
    const rel = this.rel(file);
    this.files.push(rel);
    try {
      return { path: rel, text: await readFile(file, 'utf8') };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      this.issues.push({
        file: rel,
        line: 1,
        message: code === 'ENOENT' ? message : `cannot read ${rel} (${String(code)})`,
        hint,
      });
      return undefined;
    }
  }
}

async function readChapters(reader: RootReader, dir: string): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    reader.issues.push({
      file: reader.rel(dir),
      line: 1,
      message: 'the chapters folder is missing',
      hint: 'create content/chapters/ with 01-<id>.md, 02-<id>.md, …',
    });
    return [];
  }
  if (names.length === 0) {
    reader.issues.push({
      file: reader.rel(dir),
      line: 1,
      message: 'there are no chapters',
      hint: 'add 01-<id>.md',
    });
  }
  const files: SourceFile[] = [];
  for (const name of names) {
    const hint = 'check the file is readable';
    const file = await reader.source(path.join(dir, name), 'chapter file is missing', hint);
    if (file) files.push(file);
  }
  return files;
}

async function readGeo(reader: RootReader, geoDir: string): Promise<GeoFiles | undefined> {
  reader.files.push(
    ...Object.values(GEO_FILE_NAMES).map((name) => reader.rel(path.join(geoDir, name))),
  );
  try {
    return await loadGeoData(geoDir);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    const issue = e.toIssue(reader.rel(e.file));
    reader.issues.push({ ...issue, message: `cannot load geo data: ${issue.message}` });
    return undefined;
  }
}

async function readAttribution(reader: RootReader, geoDir: string): Promise<string[]> {
  const hint = 'CC BY requires crediting the geo sources on the map; add the section back';
  const message =
    'no attribution lines found (a "## Attribution" section with a bullet per source)';
  const sources = await reader.source(path.join(geoDir, 'SOURCES.md'), message, hint);
  if (!sources) return [];
  const lines = attributionLines(sources.text);
  if (lines.length === 0) reader.issues.push({ file: sources.path, line: 1, message, hint });
  return lines;
}

/**
 * Reads content/ and geo/ under `rootDir` and builds the story. Never throws for
 * missing or bad files: each becomes an issue naming the file.
 */
export async function loadStory(
  rootDir: string,
  options: LoadStoryOptions = {},
): Promise<LoadedStory> {
  const reader = new RootReader(path.resolve(rootDir));
  const contentDir = path.resolve(reader.root, options.contentDir ?? 'content');
  const geoDir = path.resolve(reader.root, options.geoDir ?? 'geo');

  const storyFile = await reader.source(
    path.join(contentDir, 'story.md'),
    'story.md is missing',
    'create it with title, publisher and date front matter',
  );
  const chapterFiles = await readChapters(reader, path.join(contentDir, 'chapters'));
  const original = await reader.source(
    path.join(contentDir, 'original', 'article.txt'),
    'the article as published is missing: without it no one can tell a line was lost or changed',
    'restore it (git checkout -- content/original/article.txt); never edit it',
  );
  const geo = await readGeo(reader, geoDir);
  const attribution = await readAttribution(reader, geoDir);

  const { files, issues } = reader;
  if (!storyFile || !original || !geo || issues.length > 0) return { issues, files };
  const result = buildStory({
    storyFile,
    chapterFiles,
    geo,
    geoDir: reader.rel(geoDir),
    attribution,
    original,
  });
  return { ...result, files };
}
