import type { Dataset, TableName } from '../data/load.ts';
import type { SiteData } from '../../src/model/site.ts';
import { cleanTextOf } from '../data/cleanTexts.ts';
import { comparisons } from './comparisons.ts';
import { glossaryUses } from './glossaryUses.ts';
import { concreteness, itemCriteria } from './concreteness.ts';
import { departmentKinds } from './departmentKinds.ts';
import { sentences } from './sentences.ts';
import { FINDING_RULES, FindingsFailed, tellStory } from './findings/index.ts';
import { placeSummaries } from './placeSummaries.ts';
import { instrumentMix } from './instrumentMix.ts';
import { frozenReleases, releaseDate } from '../data/releases.ts';
import { FURNITURE } from '../text/furniture.ts';
import { deriveAnswers, toolMix } from './answers/answers.ts';

/** Everything the pages read, derived once from a valid dataset; throws FindingsFailed when a finding of the home page does not hold. */
export function siteData(dataset: Dataset, version: string): SiteData {
  const rows = <K extends TableName>(k: K) => dataset[k].map((x) => x.row) as Dataset[K][number]['row'][];
  // Every list, chart and legend follows the places' order column.
  const regions = rows('regions').sort((a, b) => a.order - b.order);
  const placeOrder = new Map(regions.map((r, i) => [r.region_id, i]));
  const documents = rows('documents').sort((a, b) => placeOrder.get(a.region_id)! - placeOrder.get(b.region_id)!);
  const metrics = rows('metrics');
  const definitions = rows('definitions');
  const measures = rows('measures');
  const targets = rows('targets');
  const corrections = rows('corrections');
  const departments = rows('departments');
  const texts = documents.map((doc) => {
    const { raw, text, edits } = cleanTextOf(dataset, doc);
    return { doc_id: doc.doc_id, clean: text, raw, edits, sentences: sentences(text) };
  });
  const compared = comparisons(regions, documents, definitions, targets);
  const criteria = itemCriteria(documents, measures, targets, rows('instruments'));
  const concrete = concreteness(documents, criteria);
  const kinds = departmentKinds(documents, measures, departments);
  const codebook = rows('codebook').sort((a, b) => a.order - b.order);
  const codebookAnswers = rows('codebook-answers');
  const targetGroups = rows('target-groups');
  const instruments = rows('instruments');
  const { answers } = deriveAnswers({ regions, documents, measures, targets, targetGroups, checks: rows('checks'), departments, instruments, definitions }, codebook, codebookAnswers);
  const data = {
    version,
    regions, documents, themes: rows('themes'), metrics, definitions, measures, targets, corrections, departments, glossary: rows('glossary'), glossaryUses: glossaryUses(rows('glossary'), documents, measures), texts,
    comparisons: compared,
    concreteness: concrete,
    itemCriteria: criteria,
    departmentKinds: kinds,
    instrumentMix: instrumentMix(documents, measures, instruments),
    releases: frozenReleases(dataset.dataDir).map((v) => ({ version: v, date: releaseDate(v) })),
    placeSummaries: placeSummaries(documents, targets, compared, concrete, kinds),
    codebook, codebookAnswers, answers, targetGroups,
    toolMix: toolMix(documents, measures, instruments),
    furniture: FURNITURE.map((f) => ({ pattern: f.pattern.source, what_en: f.what, what_zh: f.what_zh })),
  };
  // The home page's findings are told from what was derived above, never recomputed by a page.
  const { story, problems } = tellStory(FINDING_RULES, data);
  if (problems.length) throw new FindingsFailed(problems);
  return { ...data, story };
}
