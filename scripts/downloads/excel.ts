// The Excel-friendly copy of a table: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF line ends,
// and every text cell a spreadsheet would run as a formula prefixed with ' (CSV injection).
import Papa from 'papaparse';
import { neutralise } from '../../src/site/formulaGuard.ts';

export { looksLikeFormula, neutralise } from '../../src/site/formulaGuard.ts';
export const BOM = '\uFEFF';

/** Parses RFC 4180 text into rows of strings (the final line break ends the last row, it adds none). */
export function parseCsvRows(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',', skipEmptyLines: false });
  if (parsed.errors.length) throw new Error(`not valid CSV: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  const rows = parsed.data;
  if (rows.length && rows.at(-1)!.length === 1 && rows.at(-1)![0] === '') rows.pop();
  return rows;
}

export const excelCsv = (csv: string): string => excelCsvOfRows(parseCsvRows(csv));

/** The Excel copy of rows already parsed (the header first). */
export function excelCsvOfRows(rows: readonly (readonly string[])[]): string {
  // Quote every cell: a cell that begins with a space or ends in a line break then reads back exactly.
  return BOM + Papa.unparse(rows.map((row) => row.map(neutralise)), { newline: '\r\n', quotes: true }) + '\r\n';
}
