import { SourceError } from './errors.ts';

/** One data row of a CSV file, with the physical line it starts on (header = line 1). */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, LF or CRLF) into rows keyed by
 * the header. Every value stays a string: codes such as 130110100001 must never pass
 * through a number. Row line numbers are kept so later checks can name the row.
 *
 * @param text - the file contents
 * @param file - the path used in error messages
 * @param required - header columns that must be present
 * @throws SourceError on an unterminated quote, a wrong cell count or a missing column
 */
export function parseCsv(text: string, file: string, required: readonly string[]): CsvRow[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  // A hand-rolled state machine is enough for RFC 4180 and avoids a dependency.
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) throw new SourceError(file, recordLine, 'unterminated quoted field');
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  const header = records.shift();
  if (!header) throw new SourceError(file, undefined, 'file is empty');
  const columns = header.fields.map((c) => c.replace(/^\uFEFF/, ''));
  for (const name of required) {
    if (!columns.includes(name)) {
      throw new SourceError(file, 1, `missing column "${name}" (have: ${columns.join(', ')})`);
    }
  }
  return records
    .filter((r) => !(r.fields.length === 1 && r.fields[0] === ''))
    .map((r) => {
      if (r.fields.length !== columns.length) {
        throw new SourceError(
          file,
          r.line,
          `expected ${columns.length} cells, found ${r.fields.length}`,
        );
      }
      const cells: Record<string, string> = {};
      columns.forEach((name, k) => {
        cells[name] = r.fields[k] ?? '';
      });
      return { line: r.line, cells };
    });
}
