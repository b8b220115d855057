/**
 * An error about one source row or feature. The message always starts with
 * `file:line:` (or `file:` for whole-file problems) so an editor can jump to it and a
 * person fixing the gazetteer knows exactly which row to look at.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}
