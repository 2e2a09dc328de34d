import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** Where a captured text stops short, the offset lies within its clean text and no quote reaches past it. */
export const incompleteTexts: Rule = ({ dataset, texts }) => {
  const problems: Problem[] = [];
  const stops = new Map<string, number>();
  for (const { row, line } of dataset.documents) {
    if (row.incomplete_at === undefined) continue;
    const text = texts.get(row.doc_id);
    if (text === undefined) continue;
    if (row.incomplete_at > text.length) {
      problems.push({ file: 'data/documents.csv', line, column: 'incomplete_at', message: `${row.incomplete_at} is past the end of ${row.clean_file} (${text.length} characters)` });
      continue;
    }
    stops.set(row.doc_id, row.incomplete_at);
  }
  for (const [table, rows] of [['targets', dataset.targets], ['measures', dataset.measures]] as const) {
    for (const { row, line } of rows) {
      const at = stops.get(row.doc_id);
      if (at !== undefined && row.quote_end > at) {
        problems.push({ file: `data/${table}.csv`, line, column: 'quote_end', message: `${row.quote_end} is past where the captured text of ${row.doc_id} stops (documents.csv incomplete_at ${at})` });
      }
    }
  }
  return problems;
};
