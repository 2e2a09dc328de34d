// The tables headed in Chinese (<table>.zh.csv and its Excel copy): the rows of the curated file
// under the schemas' title_zh, so one schema names every column in both languages.
import Papa from 'papaparse';
import type { DictionaryTable } from '../../src/schema/dictionary.ts';
import { excelFileOf, tableFileIn } from '../../src/site/downloads.ts';

/** `<table>.zh.csv` and `<table>.zh.excel.csv` of a curated file. */
export const zhFileOf = (file: string) => tableFileIn(file, 'zh');
export const zhExcelFileOf = (file: string) => excelFileOf(zhFileOf(file));

/** The Chinese headers of columns given by name, in that order. */
export function zhHeader(table: Pick<DictionaryTable, 'name' | 'columns'>, names: readonly string[]): string[] {
  return names.map((name) => {
    const column = table.columns.find((c) => c.name === name);
    if (!column) throw new Error(`${table.name} has a column ${name} its schema does not declare`);
    return column.title_zh;
  });
}

/** A CSV with its header line replaced; every line after it is kept byte for byte. */
export function withHeader(csv: string, header: readonly string[], replacement: readonly string[]): string {
  if (replacement.length !== header.length) throw new Error(`${replacement.length} headers for ${header.length} columns`);
  const line = Papa.unparse([[...header]], { newline: '\n' });
  if (!csv.startsWith(`${line}\n`)) throw new Error(`the CSV does not begin with the header line ${line}`);
  return Papa.unparse([[...replacement]], { newline: '\n' }) + csv.slice(line.length);
}
