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
import { placesDistinct } from './placesDistinct.ts';

export const rules: Record<string, Rule> = {
  uniqueKeys, references, themesUsed, offsets, values, partsAndHeadlines, actionItems, completeness, departmentsNamed, sourceFiles, placesDistinct,
};
