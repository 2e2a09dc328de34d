import { scanFigures } from '../text/figures.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** Every amount the scanner finds is a figure (targets.value_start) or listed as ignored, and nothing else is listed. */
export const completeness: Rule = ({ dataset, texts, docs }) => {
  const problems: Problem[] = [];
  for (const { row: doc, line } of dataset.documents) {
    const text = texts.get(doc.doc_id);
    if (text === undefined || !docs.has(doc.doc_id)) continue;
    const occurrences = new Map(scanFigures(text).map((o) => [o.start, o.text]));
    const figures = new Set(dataset.targets.filter((t) => t.row.doc_id === doc.doc_id).map((t) => t.row.value_start));
    const ignored = dataset['ignored-figures'].filter((i) => i.row.doc_id === doc.doc_id);
    const ignoredStarts = new Set(ignored.map((i) => i.row.start));
    for (const [start, found] of occurrences) {
      if (!figures.has(start) && !ignoredStarts.has(start)) problems.push({ file: 'data/documents.csv', line, column: 'doc_id', message: `${doc.doc_id}: the amount ${JSON.stringify(found)} at ${start} is neither a targets row nor in ignored-figures.csv` });
    }
    for (const { row, line: iline } of ignored) {
      const found = occurrences.get(row.start);
      if (found !== row.text) problems.push({ file: 'data/ignored-figures.csv', line: iline, column: 'start', message: `the scanner finds ${found === undefined ? 'no amount' : JSON.stringify(found)} at ${row.start}, not ${JSON.stringify(row.text)}` });
      if (figures.has(row.start)) problems.push({ file: 'data/ignored-figures.csv', line: iline, column: 'start', message: 'is also the value_start of a targets row' });
    }
  }
  return problems;
};
