import { readFileSync } from 'node:fs';
import type { Document } from '../../src/schema/index.ts';
import { cleanDocument, type CleanResult } from '../text/clean.ts';
import type { Dataset } from './load.ts';
import type { Problem } from './problem.ts';
import { sourceFile } from './sourcePath.ts';

type Cleaned = Omit<CleanResult, 'problems'> & { raw: string; problems: Problem[] };

// Validation and derivation both need every cleaned text: clean each once per dataset.
const cleaned = new WeakMap<Dataset, Map<string, Cleaned>>();

/**
 * A document's raw text and what the cleaning makes of it with the dataset's corrections; a
 * correction that does not apply is a problem located at its line of corrections.csv.
 */
export function cleanTextOf(dataset: Dataset, doc: Document): Cleaned {
  if (!cleaned.has(dataset)) cleaned.set(dataset, new Map());
  const cache = cleaned.get(dataset)!;
  const key = `${doc.doc_id}\u0000${doc.raw_file}\u0000${doc.script}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const raw = readFileSync(sourceFile(dataset.dataDir, doc.raw_file), 'utf8');
  const { text, edits, problems } = cleanDocument(raw, doc, dataset.corrections.map((c) => c.row));
  const result: Cleaned = {
    raw, text, edits,
    problems: problems.map((p) => ({
      file: 'data/corrections.csv',
      line: dataset.corrections.find((c) => c.row.correction_id === p.correction_id)?.line ?? 1,
      column: 'raw',
      message: p.message,
    })),
  };
  cache.set(key, result);
  return result;
}
