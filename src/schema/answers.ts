import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { ANSWER_MARKS } from './vocabulary.ts';

/**
 * Derived, not curated: every place's answer to every question of the codebook, as the build derives
 * it (scripts/derive/answers/). Published beside the tables (answers.csv) and in the API; never edited.
 */
export const answersTable = defineTable({
  name: 'answers',
  file: 'answers.csv',
  title: 'Answers: every place, every question (derived)',
  description: 'Every place’s answer to every question of codebook.csv, derived by the question’s rule from the coded rows (never typed), with the ids of the items and figures it rests on. Rebuilt with each release; the words behind each answer are on the receipts of the rows named.',
  title_zh: '答案：每个地方、每个问题（推导所得）',
  description_zh: '每个地方对 codebook.csv 中每个问题的答案，由该问题的规则从已编码数据推导得出（从不手填），并列出其依据的条目和数字标识。每次发布时重新生成；每个答案依据的原文见所列各行的出处页。',
  key: ['question_id', 'region_id'],
  references: { question_id: 'codebook', region_id: 'regions', doc_id: 'documents', measure_ids: 'measures', target_ids: 'targets' },
  schema: z.strictObject({
    question_id: c.id({ title_zh: '问题标识', description: 'The question (codebook.question_id).', description_zh: '问题（codebook.question_id）。', example: 'guarantee_loans' }),
    region_id: c.id({ title_zh: '地方标识', description: 'The place (regions.region_id).', description_zh: '地方（regions.region_id）。', example: 'yuetang' }),
    doc_id: c.id({ title_zh: '文件标识', description: 'The document answering (documents.doc_id).', description_zh: '作答的文件（documents.doc_id）。', example: 'yuetang-2016' }),
    answers: c.list({ title_zh: '答案', description: '`;`-separated answer ids of codebook-answers.csv; one unless the question is multiple.', description_zh: '以 `;` 分隔的答案标识（codebook-answers.csv）；除可多选的问题外只有一个。', example: 'with_figure', required: true }),
    answer_en: c.text({ title_zh: '答案（英文）', description: 'The answers in words, in English (`;`-separated).', description_zh: '答案措辞，英文（以 `;` 分隔）。', example: 'Yes, with a figure' }),
    answer_zh: c.text({ title_zh: '答案（中文）', description: 'The answers in words, in Chinese (`;`-separated).', description_zh: '答案措辞，中文（以 `;` 分隔）。', example: '有，并有数字' }),
    mark: c.oneOf(ANSWER_MARKS, { title_zh: '标记', description: 'The mark of the first answer (codebook-answers.mark).', description_zh: '第一个答案的标记（codebook-answers.mark）。', example: 'concrete' }),
    measure_ids: c.list({ title_zh: '依据条目', description: '`;`-separated items the answer rests on (measures.measure_id).', description_zh: '答案依据的条目，以 `;` 分隔（measures.measure_id）。', example: 'yuetang-2016-a17;yuetang-2016-a23' }),
    target_ids: c.list({ title_zh: '依据数字', description: '`;`-separated figures the answer rests on (targets.target_id).', description_zh: '答案依据的数字，以 `;` 分隔（targets.target_id）。', example: 'yuetang-2016-t039' }),
  }),
});

export const ANSWER_COLUMNS = Object.keys(answersTable.schema.shape) as (keyof typeof answersTable.schema.shape)[];
