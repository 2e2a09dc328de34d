import { existsSync, readFileSync } from 'node:fs';
import { cleanTextOf } from '../data/cleanTexts.ts';
import type { Problem } from '../data/problem.ts';
import { confinedSourcePath, SOURCES_DIR } from '../data/sourcePath.ts';
import type { Rule } from './context.ts';

/**
 * Each document's files lie inside data/sources/ and exist, its period is in order, and its clean
 * text is what the cleaning produces. A path leading out is never read.
 */
export const sourceFiles: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  for (const { row: doc, line } of dataset.documents) {
    const file = 'data/documents.csv';
    if (doc.period_start > doc.period_end) problems.push({ file, line, column: 'period_end', message: 'ends before it starts' });
    const paths = { raw_file: confinedSourcePath(dataset.dataDir, doc.raw_file), clean_file: confinedSourcePath(dataset.dataDir, doc.clean_file) };
    const outside = (['raw_file', 'clean_file'] as const).filter((c) => !paths[c]);
    for (const column of outside) problems.push({ file, line, column, message: `${doc[column]} leads outside data/${SOURCES_DIR}/ (no "..", absolute paths or links out)` });
    if (outside.length) continue;
    if (!existsSync(paths.raw_file!)) { problems.push({ file, line, column: 'raw_file', message: `${doc.raw_file} does not exist` }); continue; }
    if (!existsSync(paths.clean_file!)) { problems.push({ file, line, column: 'clean_file', message: `${doc.clean_file} does not exist (npm run clean writes it)` }); continue; }
    const result = cleanTextOf(dataset, doc);
    problems.push(...result.problems);
    if (result.text !== readFileSync(paths.clean_file!, 'utf8')) problems.push({ file, line, column: 'clean_file', message: `${doc.clean_file} is not what the cleaning produces from ${doc.raw_file} (npm run clean rewrites it)` });
  }
  return problems;
};
