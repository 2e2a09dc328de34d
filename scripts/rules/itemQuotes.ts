import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

const excerpt = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * The words behind a target group or a check are the clean text at their offsets, and lie inside
 * their item's quote: a reader can find them in the item's receipt.
 */
export const itemQuotes: Rule = ({ dataset, texts }) => {
  const problems: Problem[] = [];
  const measureById = new Map(dataset.measures.map((m) => [m.row.measure_id, m.row]));
  const pinned = (file: string, rows: { row: { doc_id: string; measure_id: string; quote_start?: number; quote_end?: number; quote_zh?: string }; line: number }[]) => {
    for (const { row, line } of rows) {
      const item = measureById.get(row.measure_id);
      if (item && item.doc_id !== row.doc_id) {
        problems.push({ file, line, column: 'doc_id', message: `${row.measure_id} belongs to ${item.doc_id}, not ${row.doc_id}` });
        continue;
      }
      if (!item || row.quote_zh === undefined || row.quote_start === undefined || row.quote_end === undefined) continue;
      const text = texts.get(item.doc_id);
      if (text === undefined) continue;
      // Where the words stand, then the words, then their end: a quote whose words changed is named
      // with its words, not as an end that no longer fits.
      const end = row.quote_start + row.quote_zh.length;
      if (row.quote_start < item.quote_start || end > item.quote_end) {
        problems.push({ file, line, column: 'quote_start', message: `the quote ${JSON.stringify(row.quote_zh)} (${row.quote_start}–${end}) lies outside its item ${row.measure_id} (${item.quote_start}–${item.quote_end})` });
        continue;
      }
      const found = text.slice(row.quote_start, end);
      if (found !== row.quote_zh) {
        problems.push({ file, line, column: 'quote_start', message: `clean text at ${row.quote_start} is ${excerpt(found)}, not ${JSON.stringify(row.quote_zh)}` });
        continue;
      }
      if (row.quote_end !== end) problems.push({ file, line, column: 'quote_end', message: `quote_end - quote_start is ${row.quote_end - row.quote_start}, quote_zh has ${row.quote_zh.length} characters` });
    }
  };
  pinned('data/target-groups.csv', dataset['target-groups']);
  pinned('data/checks.csv', dataset.checks);
  return problems;
};
