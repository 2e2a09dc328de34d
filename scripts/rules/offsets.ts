import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

const excerpt = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Offsets are the truth: the clean text at each span is exactly the quote, and the figure lies inside its quote. */
export const offsets: Rule = ({ dataset, texts }) => {
  const problems: Problem[] = [];
  const measureById = new Map(dataset.measures.map((m) => [m.row.measure_id, m.row]));
  const span = (file: string, line: number, column: string, text: string, start: number, expected: string) => {
    const found = text.slice(start, start + expected.length);
    if (found !== expected) problems.push({ file, line, column, message: `clean text at ${start} is ${excerpt(found)}, not ${excerpt(expected)}` });
  };
  // An offset outside the text would make slice() quietly read something else: say so instead.
  const outside = (file: string, line: number, text: string, start: number, end: number) => {
    if (start >= 0 && start <= end && end <= text.length) return false;
    problems.push({ file, line, column: start < 0 || start > end ? 'quote_start' : 'quote_end', message: `the quote (${start}–${end}) is not inside the clean text (0–${text.length})` });
    return true;
  };
  for (const { row, line } of dataset.measures) {
    const text = texts.get(row.doc_id);
    if (text === undefined || outside('data/measures.csv', line, text, row.quote_start, row.quote_end)) continue;
    if (row.quote_end - row.quote_start !== row.quote_zh.length) problems.push({ file: 'data/measures.csv', line, column: 'quote_end', message: `quote_end - quote_start is ${row.quote_end - row.quote_start}, quote_zh has ${row.quote_zh.length} characters` });
    span('data/measures.csv', line, 'quote_start', text, row.quote_start, row.quote_zh);
  }
  for (const { row, line } of dataset.targets) {
    const text = texts.get(row.doc_id);
    const file = 'data/targets.csv';
    if (text === undefined || outside(file, line, text, row.quote_start, row.quote_end)) continue;
    if (row.quote_end - row.quote_start !== row.quote_zh.length) problems.push({ file, line, column: 'quote_end', message: `quote_end - quote_start is ${row.quote_end - row.quote_start}, quote_zh has ${row.quote_zh.length} characters` });
    span(file, line, 'quote_start', text, row.quote_start, row.quote_zh);
    span(file, line, 'value_start', text, row.value_start, row.value_text);
    if (row.value_start < row.quote_start || row.value_start + row.value_text.length > row.quote_end) {
      problems.push({ file, line, column: 'value_start', message: `the figure (${row.value_start}) lies outside its quote (${row.quote_start}–${row.quote_end})` });
    }
    const measure = measureById.get(row.measure_id);
    if (measure && (row.quote_start < measure.quote_start || row.quote_end > measure.quote_end)) {
      problems.push({ file, line, column: 'quote_start', message: `the quote (${row.quote_start}–${row.quote_end}) lies outside its measure ${row.measure_id} (${measure.quote_start}–${measure.quote_end})` });
    }
  }
  return problems;
};
