import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('keeps codes as strings and reads RFC 4180 quoting', () => {
    const text = 'code,name,note\n130110100001,"a, b","say ""hi"""\n130110100002,c,\n';
    const rows = parseCsv(text, 'x.csv', ['code']);
    expect(rows).toEqual([
      { line: 2, cells: { code: '130110100001', name: 'a, b', note: 'say "hi"' } },
      { line: 3, cells: { code: '130110100002', name: 'c', note: '' } },
    ]);
  });

  it('counts physical lines, including newlines inside quotes', () => {
    const rows = parseCsv('a,b\n"x\ny",1\nz,2', 'x.csv', []);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('names the file and row of a short row', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'geo/sources/t.csv', [])).toThrow(
      'geo/sources/t.csv:3: expected 2 cells, found 1',
    );
  });

  it('names a missing column', () => {
    expect(() => parseCsv('a,b\n', 'f.csv', ['crs'])).toThrow('f.csv:1: missing column "crs"');
  });
});
