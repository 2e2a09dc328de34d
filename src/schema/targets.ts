import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { BASE_UNITS, BASES, COMPARATORS, PER, TARGET_KINDS } from './vocabulary.ts';

export const targets = defineTable({
  name: 'targets',
  file: 'targets.csv',
  title: 'Figures (targets, outcomes, budgets, rules)',
  description: 'One row per figure in a document, with the figure as written, its numeric reading, and its sentence pinned by offsets.',
  key: ['target_id'],
  references: { doc_id: 'documents', measure_id: 'measures', metric: 'metrics', part_of: 'targets' },
  schema: z.strictObject({
    target_id: c.id({ description: 'Id of the figure: doc_id, then a running part.', example: 'yuetang-2016-t003' }),
    doc_id: c.id({ description: 'Document (documents.doc_id).', example: 'yuetang-2016' }),
    measure_id: c.id({ description: 'Item the figure sits in (measures.measure_id).', example: 'yuetang-2016-g01' }),
    kind: c.oneOf(TARGET_KINDS, { description: 'target (a commitment), outcome (reported as done), budget (money set aside), rule (a policy parameter).', example: 'target' }),
    metric: c.id({ description: 'What the figure measures (metrics.metric_id).', example: 'incubators_and_spaces' }),
    headline: c.boolean({ description: 'true on at most one row per document and metric: the one the charts draw.', example: 'true' }),
    part_of: c.optionalText({ description: 'target_id of the total this figure is a part of (其中).', example: 'yuetang-2016-t007' }),
    description_zh: c.text({ description: 'What the figure counts, in Chinese.', example: '建设众创空间' }),
    description_en: c.text({ description: 'What the figure counts, in English.', example: 'Maker spaces to build' }),
    value_text: c.verbatim({ description: 'The figure exactly as written.', example: '2个' }),
    value_start: c.integer({ description: 'Offset of value_text in the clean text.', example: '310' }),
    comparator: c.oneOf(COMPARATORS, { description: 'How the value bounds the commitment (see CURATION.md).', example: 'eq' }),
    value: c.number({ description: 'Numeric reading of value_text, in the unit as written.', example: '2' }),
    value_max: c.optionalNumber({ description: 'Upper end of a range.', example: '' }),
    unit_zh: c.text({ description: 'Unit as written (or implied, said in notes).', example: '个' }),
    value_base: c.number({ description: 'value with 万/亿 multiplied out, in base_unit.', example: '2' }),
    base_unit: c.oneOf(BASE_UNITS, { description: 'Unit of value_base.', example: 'facility' }),
    per: c.optionalOneOf(PER, { description: 'For amounts per unit: per what. Such amounts are never added up.', example: '' }),
    basis: c.oneOf(BASES, { description: 'level (a state to reach or hold), total (a sum over the period), per_year (an annual rate).', example: 'level' }),
    period_start: c.optionalYear({ description: 'First year the figure covers (inclusive).', example: '2016' }),
    period_end: c.optionalYear({ description: 'Last year the figure covers (inclusive).', example: '2016' }),
    period_inferred: c.boolean({ description: 'true when the period is inferred, not stated.', example: 'false' }),
    quote_start: c.integer({ description: 'Offset where the quote starts in the clean text.', example: '290' }),
    quote_end: c.integer({ description: 'Offset where the quote ends (exclusive).', example: '420' }),
    quote_zh: c.verbatim({ description: 'The sentence or clause that holds the figure, verbatim.', example: '' }),
    notes: c.optionalText({ description: 'Coding notes: aspirational, unit implied, 多, disagreements…', example: '' }),
  }),
});
