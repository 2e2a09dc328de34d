import Papa from 'papaparse';
import type { ChartSpec } from './catalog.ts';

/** The chart's table as CSV: ids first (stable across languages), then the labelled columns, raw numbers. */
export function chartCsv(spec: Pick<ChartSpec, 'columns' | 'rows'>): string {
  const idColumns = [...new Set(spec.rows.flatMap((r) => Object.keys(r).filter((k) => k.endsWith('_id'))))];
  const fields = [...idColumns, ...spec.columns.map((c) => c.key)];
  const header = [...idColumns, ...spec.columns.map((c) => c.label)];
  return Papa.unparse({ fields: header, data: spec.rows.map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\n' }) + '\n';
}
