import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../data/load.ts';
import type { SiteData } from '../../src/model/site.ts';
import { cleanDocument } from '../text/clean.ts';
import { comparisons } from './comparisons.ts';
import { concreteness } from './concreteness.ts';
import { departmentKinds } from './departmentKinds.ts';
import { sentences } from './sentences.ts';

/** Everything the pages read, derived once from a valid dataset. */
export function siteData(dataset: Dataset, version: string): SiteData {
  const rows = <K extends keyof Omit<Dataset, 'dataDir'>>(k: K) => dataset[k].map((x) => x.row) as Dataset[K][number]['row'][];
  const regions = rows('regions');
  const documents = rows('documents');
  const metrics = rows('metrics');
  const measures = rows('measures');
  const targets = rows('targets');
  const corrections = rows('corrections');
  const departments = rows('departments');
  const texts = documents.map((doc) => {
    const raw = readFileSync(join(dataset.dataDir, doc.raw_file), 'utf8');
    const { text, edits } = cleanDocument(raw, doc, corrections);
    return { doc_id: doc.doc_id, clean: text, raw, edits, sentences: sentences(text) };
  });
  return {
    version,
    regions, documents, themes: rows('themes'), metrics, measures, targets, corrections, departments, texts,
    comparisons: comparisons(regions, documents, metrics, targets),
    concreteness: concreteness(documents, measures, targets),
    departmentKinds: departmentKinds(documents, measures, departments),
  };
}
