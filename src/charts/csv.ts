import Papa from 'papaparse';
import type { ChartSpec } from './catalog.ts';

/** The chart's table as CSV: ids first, then its columns under their stable keys (the same in both languages), raw numbers. */
export function chartCsv(spec: Pick<ChartSpec, 'columns' | 'rows'>): string {
  const idColumns = [...new Set(spec.rows.flatMap((r) => Object.keys(r).filter((k) => k.endsWith('_id'))))];
  const fields = [...idColumns, ...spec.columns.map((c) => c.key)];
  return Papa.unparse({ fields, data: spec.rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n';
}
