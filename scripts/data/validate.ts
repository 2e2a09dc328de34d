import { loadDataset, cleanText } from './load.ts';
import type { Problem } from './problem.ts';
import { rules } from '../rules/index.ts';
import type { RuleContext } from '../rules/context.ts';

/**
 * Every problem in a data folder: schema problems per row, then the cross-table rules.
 * `onlyDocs` limits the per-document completeness rules to some documents (while curating one).
 */
export function validateData(dataDir: string, onlyDocs?: readonly string[]) {
  const { dataset, problems } = loadDataset(dataDir);
  const all: Problem[] = [...problems];
  const texts = new Map<string, string>();
  for (const { row } of dataset.documents) {
    const text = cleanText(dataset, row);
    if (text !== undefined) texts.set(row.doc_id, text);
  }
  const docIds = dataset.documents.map((d) => d.row.doc_id);
  const ctx: RuleContext = { dataset, texts, docs: new Set(onlyDocs ?? docIds), complete: !onlyDocs };
  for (const rule of Object.values(rules)) all.push(...rule(ctx));
  all.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { dataset, texts, problems: all };
}
