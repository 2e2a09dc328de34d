import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTextOf } from '../data/cleanTexts.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** Each document's files exist, its period is in order, and its clean text is what the cleaning produces. */
export const sourceFiles: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  for (const { row: doc, line } of dataset.documents) {
    const file = 'data/documents.csv';
    if (doc.period_start > doc.period_end) problems.push({ file, line, column: 'period_end', message: 'ends before it starts' });
    const raw = join(dataset.dataDir, doc.raw_file);
    const clean = join(dataset.dataDir, doc.clean_file);
    if (!existsSync(raw)) { problems.push({ file, line, column: 'raw_file', message: `${doc.raw_file} does not exist` }); continue; }
    if (!existsSync(clean)) { problems.push({ file, line, column: 'clean_file', message: `${doc.clean_file} does not exist (npm run clean writes it)` }); continue; }
    const result = cleanTextOf(dataset, doc);
    problems.push(...result.problems);
    if (result.text !== readFileSync(clean, 'utf8')) problems.push({ file, line, column: 'clean_file', message: `${doc.clean_file} is not what the cleaning produces from ${doc.raw_file} (npm run clean rewrites it)` });
  }
  return problems;
};
