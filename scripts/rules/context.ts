import type { Dataset } from '../data/load.ts';
import type { Problem } from '../data/problem.ts';

export interface RuleContext {
  dataset: Dataset;
  /** doc_id → clean text (only documents whose clean file exists). */
  texts: Map<string, string>;
  /** Documents the per-document completeness rules apply to (all, unless curating a subset). */
  docs: Set<string>;
  /** true when every document is checked, so rules over the whole dataset apply. */
  complete: boolean;
}

export type Rule = (ctx: RuleContext) => Problem[];
