import type { TableName } from '../data/load.ts';
import type { Rule } from './context.ts';
import { uniqueKeys } from './uniqueKeys.ts';
import { references } from './references.ts';
import { themesUsed } from './themesUsed.ts';
import { offsets } from './offsets.ts';
import { values } from './values.ts';
import { partsAndHeadlines } from './partsAndHeadlines.ts';
import { actionItems } from './actionItems.ts';
import { completeness } from './completeness.ts';
import { departmentsNamed } from './departmentsNamed.ts';
import { sourceFiles } from './sourceFiles.ts';
import { measureCoding } from './measureCoding.ts';
import { comparability } from './comparability.ts';
import { changeReasons } from './changeReasons.ts';
import { populationBase } from './populationBase.ts';
import { glossaryTerms } from './glossaryTerms.ts';
import { placesHaveDocuments } from './placesHaveDocuments.ts';
import { placesDistinct } from './placesDistinct.ts';
import { instrumentsGrouped } from './instrumentsGrouped.ts';
import { chinesePunctuation } from './chinesePunctuation.ts';
import { releaseFrozen } from './releaseFrozen.ts';
import { placeColours } from './placeColours.ts';
import { incompleteTexts } from './incompleteTexts.ts';
import { itemQuotes } from './itemQuotes.ts';
import { targetGroupsCoded } from './targetGroupsCoded.ts';
import { codebookAnswered } from './codebookAnswered.ts';
import { statedWords } from './statedWords.ts';

export const rules: Record<string, Rule> = {
  uniqueKeys, references, themesUsed, offsets, values, partsAndHeadlines, actionItems, completeness, departmentsNamed, sourceFiles, placesHaveDocuments, placesDistinct,
  measureCoding, comparability, populationBase, glossaryTerms, instrumentsGrouped, chinesePunctuation, releaseFrozen, placeColours, incompleteTexts,
  itemQuotes, targetGroupsCoded, codebookAnswered, statedWords,
};

/** Rules about publishing a release, which run only on data that passes every other rule. */
export const releaseRules: Record<string, Rule> = { changeReasons };

/**
 * Tables a rule needs whole: it says "X has no row for Y", so while a row of them is left out
 * (its problem already reported) or the file cannot be read, the rule would only report echoes of
 * that cause, and it waits until the cause is fixed.
 */
export const needsWhole: Partial<Record<keyof typeof rules, readonly TableName[]>> = {
  themesUsed: ['measures'],
  actionItems: ['measures'],
  completeness: ['documents', 'targets', 'ignored-figures', 'ignored-terms'],
  departmentsNamed: ['measures', 'departments'],
  sourceFiles: ['corrections'],
  placesHaveDocuments: ['documents'],
  comparability: ['targets', 'definitions'],
  populationBase: ['regions'],
  placeColours: ['regions'],
  glossaryTerms: ['glossary'],
  instrumentsGrouped: ['instruments'],
  targetGroupsCoded: ['target-groups', 'measures'],
  codebookAnswered: ['codebook', 'codebook-answers', 'regions', 'documents', 'measures', 'targets', 'target-groups', 'checks', 'departments', 'instruments', 'definitions'],
};
