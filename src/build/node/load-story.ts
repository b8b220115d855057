import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildStory } from '../story/build-story.ts';
import type { ContentIssue, SourceFile } from '../content/issues.ts';
import { attributionLines } from '../gazetteer/attribution.ts';
import { loadGeoData } from './load-geo.ts';
import type { GeoData } from '../gazetteer/resolve-place.ts';
import type { Story } from '../../shared/model.ts';

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

const GEO_FILES = ['townships.geojson', 'places.geojson', 'context.geojson', 'divisions.json'];

/** Root-relative path with forward slashes, for messages. */
function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

async function readSource(root: string, file: string): Promise<SourceFile | undefined> {
  try {
    return { path: rel(root, file), text: await readFile(file, 'utf8') };
  } catch {
    return undefined;
  }
}

/**
 * Reads content/ and geo/ under `rootDir` and builds the story. Never throws for
 * missing or bad files: each becomes an issue naming the file.
 */
export async function loadStory(
  rootDir: string,
  options: LoadStoryOptions = {},
): Promise<LoadedStory> {
  const root = path.resolve(rootDir);
  const contentDir = path.resolve(root, options.contentDir ?? 'content');
  const geoDir = path.resolve(root, options.geoDir ?? 'geo');
  const issues: ContentIssue[] = [];
  const files: string[] = [];

  const storyPath = path.join(contentDir, 'story.md');
  const storyFile = await readSource(root, storyPath);
  files.push(rel(root, storyPath));
  if (!storyFile) {
    issues.push({
      file: rel(root, storyPath),
      line: 1,
      message: 'story.md is missing',
      hint: 'create it with title, publisher and date front matter',
    });
  }

  const chaptersDir = path.join(contentDir, 'chapters');
  let names: string[] = [];
  try {
    names = (await readdir(chaptersDir)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    issues.push({
      file: rel(root, chaptersDir),
      line: 1,
      message: 'the chapters folder is missing',
      hint: 'create content/chapters/ with 01-<id>.md, 02-<id>.md, …',
    });
  }
  const chapterFiles: SourceFile[] = [];
  for (const name of names) {
    const file = await readSource(root, path.join(chaptersDir, name));
    files.push(rel(root, path.join(chaptersDir, name)));
    if (file) chapterFiles.push(file);
  }
  if (names.length === 0 && issues.length === 0) {
    issues.push({
      file: rel(root, chaptersDir),
      line: 1,
      message: 'there are no chapters',
      hint: 'add 01-<id>.md',
    });
  }

  const originalPath = path.join(contentDir, 'original', 'article.txt');
  const original = await readSource(root, originalPath);
  if (original) files.push(original.path);

  let geo: GeoData | undefined;
  try {
    geo = await loadGeoData(geoDir);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const named = GEO_FILES.find((f) => message.includes(f));
    const [where, ...what] = message.split(': ');
    issues.push({
      file: rel(root, named ? path.join(geoDir, named) : geoDir),
      line: 1,
      message:
        `cannot load geo data: ${what.length ? what.join(': ') : (where ?? message)}`.split(
          ' — ',
        )[0] ?? message,
      hint: 'rebuild geo/ with npm run geo',
    });
  }
  files.push(...GEO_FILES.map((f) => rel(root, path.join(geoDir, f))));

  const sourcesPath = path.join(geoDir, 'SOURCES.md');
  const sources = await readSource(root, sourcesPath);
  files.push(rel(root, sourcesPath));
  const attribution = sources ? attributionLines(sources.text) : [];
  if (attribution.length === 0) {
    issues.push({
      file: rel(root, sourcesPath),
      line: 1,
      message: 'no attribution lines found (a "## Attribution" section with a bullet per source)',
      hint: 'CC BY requires crediting the geo sources on the map; add the section back',
    });
  }

  if (!storyFile || !geo || issues.length > 0) return { issues, files };
  const result = buildStory({
    storyFile,
    chapterFiles,
    geo,
    attribution,
    ...(original ? { original } : {}),
  });
  return { ...result, files };
}
