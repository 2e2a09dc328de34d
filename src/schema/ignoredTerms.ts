import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { TERM_REASONS } from './vocabulary.ts';

export const ignoredTerms = defineTable({
  name: 'ignored-terms',
  file: 'ignored-terms.csv',
  title: 'Ignored terms',
  description: 'Fixed words whose numerals are not amounts (进一步, 一批 as “a batch of”, 双创): matched by the word wherever it stands in a text, not by offset.',
  title_zh: '不计入的固定用语',
  description_zh: '含有数字字符但并非数量的固定用语（进一步、表示“一些”的一批、双创）：按用语在文本中的任何位置匹配，而不按位置。',
  key: ['term'],
  schema: z.strictObject({
    term: c.verbatim({ title_zh: '用语', description: 'The word as written; every numeral inside it, wherever it stands, is not an amount.', description_zh: '用语原文；其中的数字字符无论出现在何处都不是数量。', example: '进一步' }),
    reason: c.oneOf(TERM_REASONS, { title_zh: '理由', description: 'Why its numerals are not amounts: a fixed word, a name or slogan, or an ordinal.', description_zh: '其中数字不计为数量的理由：固定用语、名称或口号、序数。', example: 'fixed_word' }),
    note: c.text({ title_zh: '含义（英文）', description: 'What the word means, in English.', description_zh: '用语的含义（英文）。', example: '“further”: an adverb, not one step.' }),
  }),
});
