import Papa from 'papaparse';
import type { Problem } from './problem.ts';

export interface CsvRecord {
  line: number; // physical line the record starts on; the header is line 1
  values: Record<string, string>;
}

/** Index of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/**
 * Reads one CSV file strictly: UTF-8 (a BOM is tolerated), a header that names exactly the
 * expected columns, no ragged rows. Returns records with their physical line numbers and every
 * problem found, never only the first.
 */
export function readCsv(file: string, bytes: Uint8Array, columns: readonly string[]): { records: CsvRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const before = new TextDecoder().decode(bytes.subarray(0, bad));
    problems.push({ file, line: lineAt(before, before.length), column: '(file)', message: `not UTF-8: invalid byte 0x${bytes[bad].toString(16)} at byte ${bad} (save the file as UTF-8)` });
    return { records: [], problems };
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push({ file, line: 1, column: '(file)', message: 'file is empty: a header line is required' });
    return { records: [], problems };
  }

  const rows: { fields: string[]; start: number }[] = [];
  let cursor = 0;
  const parseErrors: { error: Papa.ParseError; row: number }[] = [];
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      const start = cursor;
      cursor = result.meta.cursor;
      rows.push({ fields: result.data, start });
      for (const error of result.errors) parseErrors.push({ error, row: rows.length - 1 });
    },
  });
  // A record starts after the line break that ended the previous one.
  const startLine = (start: number) => lineAt(text, start) + (start > 0 && /[\r\n]/.test(text[start] ?? '') ? 1 : 0);
  for (const { error, row } of parseErrors) {
    problems.push({ file, line: startLine(rows[row].start), column: '(row)', message: error.code === 'MissingQuotes' ? 'unterminated quoted field' : error.message });
  }
  if (problems.length) return { records: [], problems };

  const header = rows[0].fields;
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !columns.includes(h));
  for (const c of missing) problems.push({ file, line: 1, column: c, message: 'missing column' });
  for (const c of unknown) problems.push({ file, line: 1, column: c || '(blank)', message: 'unknown column' });
  const dupes = header.filter((h, i) => header.indexOf(h) !== i);
  for (const c of dupes) problems.push({ file, line: 1, column: c, message: 'column appears twice' });
  if (problems.length) return { records: [], problems };

  const records: CsvRecord[] = [];
  for (const row of rows.slice(1)) {
    const line = startLine(row.start);
    if (row.fields.length === 1 && row.fields[0] === '') continue; // blank line, e.g. the final newline
    if (row.fields.length !== header.length) {
      problems.push({ file, line, column: '(row)', message: `has ${row.fields.length} fields, the header has ${header.length}` });
      continue;
    }
    records.push({ line, values: Object.fromEntries(header.map((h, i) => [h, row.fields[i]])) });
  }
  return { records, problems };
}

/** Writes rows as RFC 4180 CSV (CRLF-free, quoted only where needed), header first. */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' }) + '\n';
}
