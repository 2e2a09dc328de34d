import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { BASE_UNITS, BASES, COMPARATORS, PER, TARGET_KINDS } from './vocabulary.ts';

export const targets = defineTable({
  name: 'targets',
  file: 'targets.csv',
  title: 'Figures (targets, outcomes, budgets, rules)',
  description: 'One row per figure in a document, with the figure as written, its numeric reading, and its sentence pinned by offsets.',
  title_zh: '数字(目标、成果、预算、标准)',
  description_zh: '文件中的每个数字一行:原文写法、数值解读,以及所在句子(以位置偏移量定位)。',
  key: ['target_id'],
  references: { doc_id: 'documents', measure_id: 'measures', metric: 'metrics', part_of: 'targets' },
  schema: z.strictObject({
    target_id: c.id({ description: 'Id of the figure: doc_id, then a running part.', description_zh: '数字的标识:doc_id 加顺序编号。', example: 'yuetang-2016-t003' }),
    doc_id: c.id({ description: 'Document (documents.doc_id).', description_zh: '所属文件(documents.doc_id)。', example: 'yuetang-2016' }),
    measure_id: c.id({ description: 'Item the figure sits in (measures.measure_id).', description_zh: '数字所在条目(measures.measure_id)。', example: 'yuetang-2016-g01' }),
    kind: c.oneOf(TARGET_KINDS, { description: 'target (a commitment), outcome (reported as done), budget (money set aside), rule (a policy parameter).', description_zh: 'target(承诺目标)、outcome(报告已完成)、budget(安排的资金)、rule(政策参数)。', example: 'target' }),
    metric: c.id({ description: 'What the figure measures (metrics.metric_id).', description_zh: '数字所衡量的指标(metrics.metric_id)。', example: 'incubators_and_spaces' }),
    headline: c.boolean({ description: 'true on at most one row per document and metric: the one the charts draw.', description_zh: '每份文件每个指标至多一行为 true:即图表所绘的那一行。', example: 'true' }),
    part_of: c.optionalText({ description: 'target_id of the total this figure is a part of (其中).', description_zh: '该数字所属总数的 target_id(“其中”)。', example: 'yuetang-2016-t007' }),
    description_zh: c.text({ description: 'What the figure counts, in Chinese.', description_zh: '数字所计的内容,中文。', example: '建设众创空间' }),
    description_en: c.text({ description: 'What the figure counts, in English.', description_zh: '数字所计的内容,英文。', example: 'Maker spaces to build' }),
    value_text: c.verbatim({ description: 'The figure exactly as written.', description_zh: '数字的原文写法。', example: '2个' }),
    value_start: c.integer({ description: 'Offset of value_text in the clean text.', description_zh: 'value_text 在清理后文本中的位置。', example: '310' }),
    comparator: c.oneOf(COMPARATORS, { description: 'How the value bounds the commitment (see CURATION.md).', description_zh: '比较符:数值如何限定承诺(见 CURATION.md)。', example: 'eq' }),
    value: c.number({ description: 'Numeric reading of value_text, in the unit as written.', description_zh: 'value_text 的数值解读,单位同原文。', example: '2' }),
    value_max: c.optionalNumber({ description: 'Upper end of a range.', description_zh: '区间的上限。', example: '' }),
    unit_zh: c.text({ description: 'Unit as written (or implied, said in notes).', description_zh: '原文所写的单位(或隐含的单位,于 notes 中说明)。', example: '个' }),
    value_base: c.number({ description: 'value with 万/亿 multiplied out, in base_unit.', description_zh: '将万、亿换算后的数值,单位为 base_unit。', example: '2' }),
    base_unit: c.oneOf(BASE_UNITS, { description: 'Unit of value_base.', description_zh: 'value_base 的单位。', example: 'facility' }),
    per: c.optionalOneOf(PER, { description: 'For amounts per unit: per what. Such amounts are never added up.', description_zh: '按单位计的金额:每什么。此类金额从不加总。', example: '' }),
    basis: c.oneOf(BASES, { description: 'level (a state to reach or hold), total (a sum over the period), per_year (an annual rate).', description_zh: '基数:level(要达到或保持的水平)、total(期内累计总量)、per_year(每年的量)。', example: 'level' }),
    period_start: c.optionalYear({ description: 'First year the figure covers (inclusive).', description_zh: '数字覆盖的起始年份(含)。', example: '2016' }),
    period_end: c.optionalYear({ description: 'Last year the figure covers (inclusive).', description_zh: '数字覆盖的终止年份(含)。', example: '2016' }),
    period_inferred: c.boolean({ description: 'true when the period is inferred, not stated.', description_zh: '期限系推断而非载明时为 true。', example: 'false' }),
    quote_start: c.integer({ description: 'Offset where the quote starts in the clean text.', description_zh: '引文在清理后文本中的起始位置。', example: '290' }),
    quote_end: c.integer({ description: 'Offset where the quote ends (exclusive).', description_zh: '引文的结束位置(不含)。', example: '420' }),
    quote_zh: c.verbatim({ description: 'The sentence or clause that holds the figure, verbatim.', description_zh: '含该数字的句子或分句,逐字照录。', example: '' }),
    notes: c.optionalText({ description: 'Coding notes: aspirational, unit implied, 多, disagreements…', description_zh: '编码说明:愿景性表述、单位隐含、“多”、意见分歧等。', example: '' }),
  }),
});
