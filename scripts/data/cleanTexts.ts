import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../src/schema/index.ts';
import { cleanDocument, type CleanResult } from '../text/clean.ts';
import type { Dataset } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * A document's raw text and what the cleaning makes of it with the dataset's corrections; a
 * correction that does not apply is a problem located at its line of corrections.csv.
 */
export function cleanTextOf(dataset: Dataset, doc: Document): Omit<CleanResult, 'problems'> & { raw: string; problems: Problem[] } {
  const raw = readFileSync(join(dataset.dataDir, doc.raw_file), 'utf8');
  const { text, edits, problems } = cleanDocument(raw, doc, dataset.corrections.map((c) => c.row));
  return {
    raw, text, edits,
    problems: problems.map((p) => ({
      file: 'data/corrections.csv',
      line: dataset.corrections.find((c) => c.row.correction_id === p.correction_id)?.line ?? 1,
      column: 'raw',
      message: p.message,
    })),
  };
}
