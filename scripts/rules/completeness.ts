import { scanText } from '../text/figures.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/**
 * Every amount the scanner finds is a figure (targets.value_start), listed as ignored, or held by
 * a fixed word of ignored-terms.csv; nothing else is listed, and every listed term holds a numeral.
 */
export const completeness: Rule = ({ dataset, texts, docs, complete }) => {
  const problems: Problem[] = [];
  const terms = dataset['ignored-terms'].map((t) => t.row.term);
  const termsUsed = new Set<string>();
  for (const { row: doc, line } of dataset.documents) {
    const text = texts.get(doc.doc_id);
    if (text === undefined || !docs.has(doc.doc_id)) continue;
    const scanned = scanText(text, terms);
    for (const o of scanned) if (o.term !== undefined) termsUsed.add(o.term);
    const occurrences = new Map(scanned.filter((o) => o.term === undefined).map((o) => [o.start, o.text]));
    const held = new Map(scanned.filter((o) => o.term !== undefined).map((o) => [o.start, o.term]));
    const figures = new Set(dataset.targets.filter((t) => t.row.doc_id === doc.doc_id).map((t) => t.row.value_start));
    const ignored = dataset['ignored-figures'].filter((i) => i.row.doc_id === doc.doc_id);
    const ignoredStarts = new Set(ignored.map((i) => i.row.start));
    for (const [start, found] of occurrences) {
      if (!figures.has(start) && !ignoredStarts.has(start)) problems.push({ file: 'data/documents.csv', line, column: 'doc_id', message: `${doc.doc_id}: the amount ${JSON.stringify(found)} at ${start} is neither a targets row, nor in ignored-figures.csv, nor held by a term of ignored-terms.csv` });
    }
    for (const { row, line: tline } of dataset.targets.filter((t) => t.row.doc_id === doc.doc_id)) {
      const term = held.get(row.value_start);
      if (term !== undefined) problems.push({ file: 'data/targets.csv', line: tline, column: 'value_start', message: `the figure at ${row.value_start} lies inside the term ${JSON.stringify(term)} of ignored-terms.csv, which says its numerals are not amounts` });
    }
    for (const { row, line: iline } of ignored) {
      const found = occurrences.get(row.start);
      if (found !== row.text) problems.push({ file: 'data/ignored-figures.csv', line: iline, column: 'start', message: `the scanner finds ${found === undefined ? 'no amount' : JSON.stringify(found)} at ${row.start}, not ${JSON.stringify(row.text)}${held.has(row.start) ? ` (the term ${JSON.stringify(held.get(row.start))} of ignored-terms.csv already holds it)` : ''}` });
      if (figures.has(row.start)) problems.push({ file: 'data/ignored-figures.csv', line: iline, column: 'start', message: 'is also the value_start of a targets row' });
    }
  }
  if (complete) {
    for (const { row, line } of dataset['ignored-terms']) {
      if (!termsUsed.has(row.term)) problems.push({ file: 'data/ignored-terms.csv', line, column: 'term', message: `${JSON.stringify(row.term)} holds no numeral the scanner finds in any text; remove it or correct it` });
    }
  }
  return problems;
};
