import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { ANSWER_MARKS } from './vocabulary.ts';

export const codebookAnswers = defineTable({
  name: 'codebook-answers',
  file: 'codebook-answers.csv',
  title: 'Codebook: the closed list of answers',
  description: 'Every answer a question of codebook.csv can have, in the order the legend lists them, with its words in both languages and its mark. "Not stated" and "not applicable (a report of results)" are answers of their own.',
  title_zh: '编码手册：答案的封闭列表',
  description_zh: 'codebook.csv 中每个问题可能的全部答案，按图例顺序排列，附中英文措辞和标记。“未写明”和“不适用（成果报告）”也是答案。',
  key: ['question_id', 'answer_id'],
  references: { question_id: 'codebook' },
  schema: z.strictObject({
    question_id: c.id({ title_zh: '问题标识', description: 'The question (codebook.question_id).', description_zh: '所属问题（codebook.question_id）。', example: 'guarantee_loans' }),
    answer_id: c.id({ title_zh: '答案标识', description: 'Id of the answer, as the rule returns it.', description_zh: '答案标识，与规则的返回值相同。', example: 'with_figure' }),
    mark: c.oneOf(ANSWER_MARKS, { title_zh: '标记', description: 'How the answer is marked: concrete (yes, with a figure, a sum or a named lead), partial (yes, without one), none (no, or not stated), not_applicable (a report of results), fact (a fact about the document, not a yes or no).', description_zh: '答案的标记：concrete（是，且有数字、金额或写明的牵头单位）、partial（是，但没有这些）、none（否或未写明）、not_applicable（成果报告，不适用）、fact（关于文件的事实，并非是或否）。', example: 'concrete' }),
    label_en: c.text({ title_zh: '答案（英文）', description: 'The answer in words, in English.', description_zh: '答案措辞，英文。', example: 'Yes, with a figure' }),
    label_zh: c.text({ title_zh: '答案（中文）', description: 'The answer in words, in Chinese.', description_zh: '答案措辞，中文。', example: '有，并有数字' }),
  }),
});
