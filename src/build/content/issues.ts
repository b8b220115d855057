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

/**
 * A file that cannot be used (missing, unreadable, malformed), thrown by the loaders and
 * the place resolver. It carries where the problem is, so callers never parse messages.
 */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    /** The file at fault, as the thrower knows it (a path, or a geo/ file name). */
    readonly file: string,
    /** What is wrong, without the file name. */
    message: string,
    /** What to do about it. */
    readonly hint?: string,
    /** 1-based line, when known. */
    readonly line?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** This error as an issue; `file` is replaced by `path` when the caller knows it better. */
  toIssue(path: string = this.file): ContentIssue {
    return {
      file: path,
      line: this.line ?? 1,
      message: this.message,
      ...(this.hint ? { hint: this.hint } : {}),
    };
  }
}
