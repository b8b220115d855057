import type { ParsedChapter } from './chapter-files.ts';
import type { ContentIssue, SourceFile } from './issues.ts';

/** One line of text and where it comes from. */
export interface LocatedLine {
  text: string;
  file: string;
  line: number;
}

/** Page furniture at the end of the original that is not part of the story. */
const FURNITURE = /^(分享到|相關文章|相关文章)[:：]/;

/**
 * The article's lines as the story must reproduce them: the non-empty lines of the
 * original without its title (line 1) and without the trailing page furniture.
 * @internal
 */
export function originalLines(original: SourceFile): { title?: LocatedLine; lines: LocatedLine[] } {
  const all = original.text
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), file: original.path, line: i + 1 }))
    .filter((l) => l.text !== '');
  while (all.length && FURNITURE.test(all[all.length - 1]?.text ?? '')) all.pop();
  const [title, ...lines] = all;
  return title ? { title, lines } : { lines };
}

/** How many lines from `from` to skip in `lines` to reach `text` (1–8), else 0. */
function lookahead(lines: readonly LocatedLine[], from: number, text: string): number {
  for (let k = 1; k <= 8; k++) if (lines[from + k]?.text === text) return k;
  return 0;
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

/**
 * Compares the story's lines with the original's, in order. Each difference is an
 * issue at the story's file:line (a missing line at the next story line), resyncing
 * after up to 8 lost or extra lines so one slip is one message per line.
 * @internal
 */
export function compareWithOriginal(
  expected: readonly LocatedLine[],
  actual: readonly LocatedLine[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const hint = 'copy the line from content/original/article.txt again; never retype it';
  let i = 0;
  let j = 0;
  while (i < actual.length || j < expected.length) {
    const a = actual[i];
    const e = expected[j];
    if (a && e && a.text === e.text) {
      i++;
      j++;
      continue;
    }
    if (!a) {
      const last = actual[actual.length - 1];
      issues.push({
        file: last?.file ?? e?.file ?? '',
        line: last?.line ?? 1,
        message: `the story ends before ${e?.file ?? ''} line ${e?.line ?? 0}: '${clip(e?.text ?? '')}' is missing`,
        hint,
      });
      break;
    }
    if (!e) {
      issues.push({
        file: a.file,
        line: a.line,
        message: `'${clip(a.text)}' is not in the original (it ends before this line)`,
        hint: 'delete the line, or check it was not duplicated',
      });
      i++;
      continue;
    }
    const extra = lookahead(actual, i, e.text);
    const missing = lookahead(expected, j, a.text);
    if (extra > 0 && (missing === 0 || extra <= missing)) {
      for (const line of actual.slice(i, i + extra)) {
        issues.push({
          file: line.file,
          line: line.line,
          message: `'${clip(line.text)}' is not in the original here`,
          hint: 'delete the line, or check it was not duplicated or moved',
        });
      }
      i += extra;
      continue;
    }
    if (missing > 0) {
      for (const line of expected.slice(j, j + missing)) {
        issues.push({
          file: a.file,
          line: a.line,
          message: `${line.file} line ${line.line} is missing before this line: '${clip(line.text)}'`,
          hint,
        });
      }
      j += missing;
      continue;
    }
    let at = 0;
    while (at < a.text.length && a.text[at] === e.text[at]) at++;
    issues.push({
      file: a.file,
      line: a.line,
      message: `text differs from ${e.file} line ${e.line} at character ${at + 1}: expected '${clip(e.text.slice(at))}', found '${clip(a.text.slice(at))}'`,
      hint,
    });
    i++;
    j++;
  }
  return issues;
}

/** The article lines a chapter holds, in order: part, sub-heading, paragraphs, figure credit and caption. */
function chapterLines({ fields, file, blocks }: ParsedChapter): LocatedLine[] {
  const path = file.path;
  const lines: LocatedLine[] = [];
  if (fields.part) lines.push({ text: fields.part, file: path, line: fields.partLine ?? 1 });
  if (fields.subhead) {
    lines.push({ text: fields.subhead, file: path, line: fields.subheadLine ?? 1 });
  }
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push({ text: b.text, file: path, line: b.line });
    else {
      lines.push({ text: b.credit, file: path, line: b.line + 1 });
      if (b.caption !== null) lines.push({ text: b.caption, file: path, line: b.line + 2 });
    }
  }
  return lines;
}

/** The story's title must be the original's first line. */
export function titleIssues(
  title: string | undefined,
  storyFile: string,
  original: SourceFile,
): ContentIssue[] {
  const first = originalLines(original).title;
  if (title === undefined || !first || first.text === title) return [];
  return [
    {
      file: storyFile,
      line: 2,
      message: `title differs from ${original.path} line ${first.line}`,
      hint: 'copy line 1 of the original into title: verbatim',
    },
  ];
}

/** The chapters, line by line, must reproduce the original (see {@link compareWithOriginal}). */
export function articleIssues(
  chapters: readonly ParsedChapter[],
  original: SourceFile,
): ContentIssue[] {
  return compareWithOriginal(originalLines(original).lines, chapters.flatMap(chapterLines));
}
