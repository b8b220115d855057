/**
 * One problem found in the content, located in a file. Messages teach: what is wrong,
 * the value seen, what is allowed; `hint` says what to do.
 */
export interface ContentIssue {
  /** Repo-relative path with forward slashes, e.g. `content/chapters/07-x.md`. */
  file: string;
  /** 1-based line in `file` (not in a YAML block or fence inside it). */
  line: number;
  /** What is wrong, naming the value seen. */
  message: string;
  /** What to do about it, e.g. a suggested value. */
  hint?: string;
}

/**
 * Formats an issue as `file:line: message — hint`, the one-line form used by
 * `npm run check`, the Vite plugin and the fixtures' `expected.txt`.
 */
export function formatIssue(issue: ContentIssue): string {
  const head = `${issue.file}:${issue.line}: ${issue.message}`;
  return issue.hint ? `${head} — ${issue.hint}` : head;
}

/** Orders issues by file, then line, keeping the discovery order for ties (stable). */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}

/** A file to build from: repo-relative path (forward slashes) and its full text. */
export interface SourceFile {
  path: string;
  text: string;
}
