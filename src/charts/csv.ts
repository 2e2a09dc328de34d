import Papa from 'papaparse';
import type { ChartSpec } from './catalog.ts';
import { dictionary, type DictionaryTable } from '../schema/dictionary.ts';
import { neutralise } from '../site/formulaGuard.ts';

// An id a chart carries under a name no table's key has: the schema column whose values it holds.
const IDS_NAMED_OTHERWISE: Record<string, { table: string; column: string }> = { kind_id: { table: 'departments', column: 'kind' } };

/**
 * The Chinese heading of an id column: the title_zh of the schema column the id comes from (the
 * table whose key it is, or the column listed above), so the headings and the tables' zh downloads agree.
 */
export function idHeading(key: string, tables: readonly DictionaryTable[] = dictionary()): string {
  const named = IDS_NAMED_OTHERWISE[key];
  const table = named ? tables.find((t) => t.name === named.table) : tables.find((t) => t.key.length === 1 && t.key[0] === key);
  const column = table?.columns.find((c) => c.name === (named?.column ?? key));
  if (!column) throw new Error(`chart column ${key} names no table's key: say in src/charts/csv.ts which column it comes from`);
  return column.title_zh;
}

/**
 * The chart's table as CSV: ids first, then its columns, raw numbers. Headed by the stable keys
 * (the default locale's file, which scripts read) or by the headings of the chart's locale, the ids
 * by their schema column's Chinese title. A text cell a spreadsheet would run as a formula (a name
 * that begins with =) is prefixed with ', as in the tables' Excel copies.
 */
export function chartCsv(spec: Pick<ChartSpec, 'columns' | 'rows'>, headings: 'keys' | 'labels' = 'keys'): string {
  const idColumns = [...new Set(spec.rows.flatMap((r) => Object.keys(r).filter((k) => k.endsWith('_id'))))];
  const fields = [...idColumns, ...spec.columns.map((c) => c.key)];
  const header = headings === 'keys' ? fields : [...idColumns.map((k) => idHeading(k)), ...spec.columns.map((c) => c.label)];
  if (new Set(header).size !== header.length) throw new Error(`chart CSV would have two columns headed alike: ${header.join(', ')}`);
  return Papa.unparse({ fields: header, data: spec.rows.map((r) => fields.map((f) => { const v = r[f] ?? ''; return typeof v === 'string' ? neutralise(v) : v; })) }, { newline: '\n' }) + '\n';
}
