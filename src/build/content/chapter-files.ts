import type { BBox } from '../../shared/model.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { YamlBlock } from './front-matter.ts';
import type { ContentIssue, SourceFile } from './issues.ts';
import { parseBody } from './markdown.ts';
import type { BodyBlock } from './markdown.ts';
import { normalizeChapter } from './chapter-fields.ts';
import type { ChapterFields } from './chapter-fields.ts';

/** A chapter file, parsed: its front-matter fields and its body blocks. */
export interface ParsedChapter {
  file: SourceFile;
  /** The id: from front matter, else the file name's slug. */
  id: string;
  fields: ChapterFields;
  blocks: BodyBlock[];
  /** The front matter, for the line numbers of later checks (facts). */
  yaml?: YamlBlock;
  /** The body parsed without issues and has a paragraph. */
  bodyOk: boolean;
}

const CHAPTER_FILE = /^(\d{2})-([^/]+)\.md$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The chapter files in reading order, numbered 01, 02, … with no gap or repeat. */
function numberedFiles(files: readonly SourceFile[]): {
  named: { file: SourceFile; slug: string }[];
  issues: ContentIssue[];
} {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const named: { file: SourceFile; slug: string }[] = [];
  const issues: ContentIssue[] = [];
  let expected = 1;
  let previous: string | undefined;
  for (const file of sorted) {
    const base = file.path.split('/').pop() ?? file.path;
    const match = CHAPTER_FILE.exec(base);
    if (!match) {
      issues.push({
        file: file.path,
        line: 1,
        message: `chapter file name '${base}' is not NN-<id>.md`,
        hint: 'name it with a two-digit reading-order number and the chapter id, e.g. 07-beizhai-donations.md',
      });
      continue;
    }
    const number = Number(match[1]);
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
    named.push({ file, slug: match[2] ?? '' });
  }
  return { named, issues };
}

/** One chapter file: front matter, body, and the rule that a chapter has a paragraph. */
function parseChapter(
  file: SourceFile,
  slug: string,
  bounds: BBox,
): { chapter: ParsedChapter; issues: ContentIssue[] } {
  const split = splitFrontMatter(file);
  const normalized = split.yaml
    ? normalizeChapter(split.yaml, file.path, { fileSlug: slug, bounds })
    : { fields: { places: [], layers: [] }, issues: [] };
  const body = parseBody(split.body, file.path, split.bodyLine);
  const issues = [...split.issues, ...normalized.issues, ...body.issues];
  const hasParagraph = body.blocks.some((b) => b.kind === 'paragraph');
  if (body.issues.length === 0 && split.yaml && !hasParagraph) {
    issues.push({
      file: file.path,
      line: split.bodyLine,
      message: 'chapter has no paragraph',
      hint: 'add the article paragraphs it covers (one per line, blank line between), or delete the file and renumber',
    });
  }
  const chapter: ParsedChapter = {
    file,
    id: normalized.fields.id ?? slug,
    fields: normalized.fields,
    blocks: body.blocks,
    ...(split.yaml ? { yaml: split.yaml } : {}),
    bodyOk: body.issues.length === 0 && hasParagraph,
  };
  return { chapter, issues };
}

/** Ids must be unique across chapters: one issue per repeat, at the repeating `id:` line. */
function duplicateIds(chapters: readonly ParsedChapter[]): ContentIssue[] {
  const first = new Map<string, string>();
  const issues: ContentIssue[] = [];
  for (const { fields, file } of chapters) {
    if (fields.id === undefined) continue;
    const seen = first.get(fields.id);
    if (seen === undefined) first.set(fields.id, file.path);
    else
      issues.push({
        file: file.path,
        line: fields.idLine ?? 1,
        message: `id '${fields.id}' is already used by ${seen}`,
        hint: 'ids must be unique: choose another kebab-case id (and rename the file to match)',
      });
  }
  return issues;
}

/**
 * Parses every chapter file: numbering, front matter, body, ids.
 *
 * @param bounds - the map's bounds; a camera center outside them is an issue
 */
export function parseChapters(
  files: readonly SourceFile[],
  bounds: BBox,
): { chapters: ParsedChapter[]; issues: ContentIssue[] } {
  const { named, issues } = numberedFiles(files);
  const chapters: ParsedChapter[] = [];
  for (const { file, slug } of named) {
    const parsed = parseChapter(file, slug, bounds);
    chapters.push(parsed.chapter);
    issues.push(...parsed.issues);
  }
  issues.push(...duplicateIds(chapters));
  return { chapters, issues };
}
