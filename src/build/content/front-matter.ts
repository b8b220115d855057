import { LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { ContentIssue, SourceFile } from './issues.ts';

/** A parsed YAML block that remembers where it sits in its file. */
export interface YamlBlock {
  /** The parsed document; `undefined` contents when the block is empty. */
  doc: Document.Parsed;
  /** 1-based file line of a character offset inside the YAML text. */
  lineAt(offset: number): number;
  /** File line of the block's first line (used when no node is at hand). */
  firstLine: number;
}

/** A content file split into its front matter and its body. */
export interface SplitFile {
  /** The front matter, or `undefined` when the file has none or it is unusable. */
  yaml?: YamlBlock;
  /** Everything after the closing `---`. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
  issues: ContentIssue[];
}

const FENCE = /^---[ \t]*$/;

/**
 * Parses YAML text that starts on `firstLine` of `file`, reporting the first YAML error
 * with its file line number. Duplicate keys are errors.
 */
export function parseYamlBlock(
  text: string,
  file: string,
  firstLine: number,
): { block: YamlBlock; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number =>
    firstLine + lineCounter.linePos(Math.min(Math.max(offset, 0), text.length)).line - 1;
  // YAML errors cascade (one tab yields four); the first is the one to fix.
  const issues: ContentIssue[] = doc.errors.slice(0, 1).map((error) => {
    const line = lineAt(error.pos[0]);
    const what = error.message.split(' at line ')[0] ?? error.message;
    const source = (text.split(/\r?\n/)[line - firstLine] ?? '').trim();
    return {
      file,
      line,
      message: `invalid YAML: ${what.replace(/\.$/, '')}${source ? ` in '${source}'` : ''}`,
      hint: yamlHint(error.code),
    };
  });
  return { block: { doc, lineAt, firstLine }, issues };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'indent with spaces, never tabs';
    case 'DUPLICATE_KEY':
      return 'keep one of the two keys';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return "a value that ends in ':' or contains ': ' must be quoted: key: 'value:'";
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: list items and keys at the same level line up';
    default:
      return "fix the YAML syntax (quote values containing ': ', ' #' or starting with a quote or bracket)";
  }
}

/**
 * Splits a content file into its `---` front-matter block and its Markdown body.
 * Every issue carries the line in the file (the opening `---` is line 1).
 */
export function splitFrontMatter(source: SourceFile): SplitFile {
  const lines = source.text.split(/\r?\n/);
  const issues: ContentIssue[] = [];
  const file = source.path;
  if (!FENCE.test(lines[0] ?? '')) {
    issues.push({
      file,
      line: 1,
      message: `front matter missing: the file must start with a '---' line, found '${(lines[0] ?? '').slice(0, 40)}'`,
      hint: "start the file with '---', the YAML fields, then another '---'",
    });
    return { body: source.text, bodyLine: 1, issues };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    issues.push({
      file,
      line: 1,
      message: "front matter not closed: the '---' on line 1 has no closing '---'",
      hint: "add a line with '---' after the last front-matter field",
    });
    return { body: '', bodyLine: lines.length + 1, issues };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const { block, issues: yamlIssues } = parseYamlBlock(yamlText, file, 2);
  issues.push(...yamlIssues);
  return {
    yaml: yamlIssues.length === 0 ? block : undefined,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    issues,
  };
}
