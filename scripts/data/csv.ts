import Papa from 'papaparse';
import type { Problem } from './problem.ts';

export interface CsvRecord {
  line: number; // physical line the record starts on; the header is line 1
  values: Record<string, string>;
}

export interface CsvRead {
  records: CsvRecord[];
  /** Rows with the wrong number of fields, their values by position as far as they go. */
  ragged: CsvRecord[];
  problems: Problem[];
  /** The header as written (empty when the file could not be read). */
  header: string[];
  /**
   * A problem with the file as a whole (encoding, delimiter, line endings, header): its rows were
   * not checked, and whatever other tables say about its ids is a consequence, not a cause.
   */
  unreadable: boolean;
  /** The file is already as the build publishes it: UTF-8 without a BOM, LF line endings. */
  canonical: boolean;
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

const countLineBreaks = (bytes: Uint8Array, end: number) => {
  let n = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) n++;
  return n;
};

/** What is wrong with the bytes before they can be read as text, or undefined. */
function encodingProblem(bytes: Uint8Array): { line: number; message: string } | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, message: 'encoding: the file is UTF-16 (save it as UTF-8)' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { line: 1 + countLineBreaks(bytes, nul), message: `encoding: a NUL byte at byte ${nul}; the file is binary or UTF-16 (save it as UTF-8)` };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { line: 1 + countLineBreaks(bytes, bad), message: `encoding: not UTF-8: invalid byte 0x${bytes[bad].toString(16)} at byte ${bad} (save the file as UTF-8; GBK is not read)` };
  return undefined;
}

/**
 * Counts line breaks as the reader moves forward, so that locating every record costs one pass
 * over the text in all, not one pass per record.
 */
function lineCounter(text: string) {
  let at = 0;
  let line = 1;
  return (offset: number) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
}

/**
 * Reads one CSV file strictly: UTF-8 (a BOM is tolerated), LF or CRLF line endings, a header that
 * names exactly the expected columns, no ragged rows. Blank lines (a trailing one included) are
 * skipped. Returns records with their physical line numbers and every problem found, never only
 * the first. Time and memory are linear in the size of the file.
 */
export function readCsv(
  file: string, bytes: Uint8Array, columns: readonly string[],
  /** `onRecord` sees each record as it is read; with `keepRecords: false` they are then not kept (a large file's cells are garbage as soon as they are checked). */
  { onRecord, keepRecords = true }: { onRecord?: (record: CsvRecord) => void; keepRecords?: boolean } = {},
): CsvRead {
  const problems: Problem[] = [];
  const unreadable = (line: number, column: string, message: string): CsvRead => {
    problems.push({ file, line, column, message, scope: 'file' });
    return { records: [], ragged: [], problems, header: [], unreadable: true, canonical: false };
  };
  const encoding = encodingProblem(bytes);
  if (encoding) return unreadable(encoding.line, '(file)', encoding.message);
  // The decoder drops a byte-order mark; a file with one is still accepted, but not published as it is.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return unreadable(1, '(file)', 'file is empty: a header line is required');

  const firstBreak = text.indexOf('\n');
  const headerLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (firstBreak < 0 && text.includes('\r')) return unreadable(1, '(file)', 'line endings: lines end with CR alone (old Mac style); save with LF or CRLF');
  const newline = headerLine.endsWith('\r') ? '\r\n' : '\n';
  const headerText = newline === '\r\n' ? headerLine.slice(0, -1) : headerLine;
  if (!headerText.includes(',')) {
    const other = [';', '\t', '|'].find((d) => headerText.split(d).filter((c) => columns.includes(c.trim())).length > 1);
    if (other) return unreadable(1, '(file)', `delimiter: the header is separated by ${other === '\t' ? 'tabs' : `"${other}"`}, not commas (save as comma-separated CSV)`);
  }

  // Rows become records as the parser reaches them, and lines are counted as it goes: one pass over
  // the text, and no second copy of the rows (a 50 MB table fits in a few hundred MB).
  const lineAt = lineCounter(text);
  // A record starts right after a line break: if the parser's cursor stopped short of it, skip to it.
  const startLine = (start: number) => lineAt(start) + (start > 0 && text.charCodeAt(start - 1) !== 10 ? 1 : 0);
  const records: CsvRecord[] = [];
  const ragged: CsvRecord[] = [];
  let header: string[] | undefined;
  let fileProblem: Problem | undefined;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    newline,
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = startLine(cursor);
      cursor = result.meta.cursor;
      const fields = result.data;
      if (result.errors.length) {
        const error = result.errors[0];
        problems.push({ file, line, column: '(row)', message: error.code === 'MissingQuotes' ? 'unterminated quoted field' : error.message, scope: 'file' });
        return;
      }
      if (!header) {
        header = fields;
        const withCr = header.filter((h) => h.includes('\r'));
        if (withCr.length) {
          fileProblem = { file, line: 1, column: withCr[0].replace(/\r/g, '') || '(blank)', message: 'line endings: a carriage return (\\r) inside the header; the file mixes CRLF and LF line endings (save it with one kind)', scope: 'file' };
          parser.abort();
          return;
        }
        const missing = columns.filter((c) => !header!.includes(c));
        const unknown = header.filter((h) => !columns.includes(h));
        const dupes = header.filter((h, i) => header!.indexOf(h) !== i);
        for (const c of dupes) problems.push({ file, line: 1, column: c || '(blank)', message: 'column appears twice in the header', scope: 'file' });
        for (const c of missing) problems.push({ file, line: 1, column: c, message: 'missing column', scope: 'file' });
        for (const c of unknown) problems.push({ file, line: 1, column: c || '(blank)', message: 'unknown column', scope: 'file' });
        if (problems.length) parser.abort();
        return;
      }
      if (fields.every((f) => f === '')) return; // a blank line, e.g. the final newline or a trailing empty row
      if (newline === '\n' && fields.length > 1 && fields[fields.length - 1].endsWith('\r')) {
        fileProblem = { file, line, column: header.at(-1)!, message: 'line endings: this row ends in CRLF but the header in LF; the file mixes line endings (save it with one kind)', scope: 'file' };
        parser.abort();
        return;
      }
      if (fields.length !== header.length) {
        problems.push({ file, line, column: '(row)', message: `has ${fields.length} fields, the header has ${header.length}`, scope: 'row' });
        ragged.push({ line, values: Object.fromEntries(fields.slice(0, header.length).map((f, k) => [header![k], f])) });
        return;
      }
      const values: Record<string, string> = {};
      for (let k = 0; k < header.length; k++) values[header[k]] = fields[k];
      const record = { line, values };
      onRecord?.(record);
      if (keepRecords) records.push(record);
    },
  });
  if (fileProblem) return unreadable(fileProblem.line, fileProblem.column, fileProblem.message);
  if (problems.some((p) => p.scope === 'file')) {
    return { records: [], ragged: [], problems: problems.filter((p) => p.scope === 'file'), header: header ?? [], unreadable: true, canonical: false };
  }
  const canonical = !bom && newline === '\n' && !text.includes('\r') && text.endsWith('\n') && !text.endsWith('\n\n');
  return { records, ragged, problems, header: header!, unreadable: false, canonical };
}

/** Writes rows as CSV with LF line endings (quoted only where needed), header first. */
export function writeCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\n' }) + '\n';
}
