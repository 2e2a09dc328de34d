import { loadDataset, cleanText, complete } from './load.ts';
import type { Problem } from './problem.ts';
import { causesFirst } from './problem.ts';
import { needsWhole, rules, releaseRules } from '../rules/index.ts';
import type { RuleContext } from '../rules/context.ts';

/**
 * Every problem in a data folder, causes first: files that cannot be read, then rows that fail
 * their schema, then the cross-table rules (a rule that needs a table whole waits while a row of
 * it is left out, so a cause is not buried under its echoes).
 * `onlyDocs` limits the per-document completeness rules to some documents (while curating one);
 * `keepFiles` keeps each table's bytes and cells for the downloads (the build). The release rules
 * run last, on data with no other problem.
 */
export function validateData(dataDir: string, onlyDocs?: readonly string[], { keepFiles = false } = {}) {
  const { dataset, problems } = loadDataset(dataDir, { keepFiles });
  const all: Problem[] = [...problems];
  const texts = new Map<string, string>();
  for (const { row } of dataset.documents) {
    const text = cleanText(dataset, row);
    if (text !== undefined) texts.set(row.doc_id, text);
  }
  const docIds = dataset.documents.map((d) => d.row.doc_id);
  const ctx: RuleContext = { dataset, texts, docs: new Set(onlyDocs ?? docIds), complete: !onlyDocs };
  const waiting: string[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    if (complete(dataset, needsWhole[name] ?? [])) all.push(...rule(ctx));
    else waiting.push(name);
  }
  // A release's bookkeeping (a reason for every change) is asked for only of data that is otherwise
  // valid: a broken cell is a change too, and its reason is not what the curator needs to hear first.
  for (const [name, rule] of Object.entries(releaseRules)) {
    if (all.length === 0) all.push(...rule(ctx));
    else waiting.push(name);
  }
  return { dataset, texts, problems: causesFirst(all), waiting };
}
