import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const glossary = defineTable({
  name: 'glossary',
  file: 'glossary.csv',
  title: 'Glossary',
  description: 'The English rendering the site uses for each policy term: wherever a Chinese text holds the term, its English text holds the rendering (or the row says why not).',
  title_zh: '术语表',
  description_zh: '网站对每个政策术语采用的英文译法：凡中文文本含该术语，对应英文文本即含此译法（否则该行说明理由）。',
  key: ['term_zh'],
  schema: z.strictObject({
    term_zh: c.verbatim({ title_zh: '术语（中文）', description: 'The term as Chinese texts write it.', description_zh: '中文文本中的术语写法。', example: '众创空间' }),
    term_en: c.text({ title_zh: '英文译法', description: 'Its English rendering; matched ignoring case, and hyphens as spaces.', description_zh: '英文译法；匹配时不区分大小写，连字符视同空格。', example: 'maker space' }),
    note_en: c.text({ title_zh: '含义（英文）', description: 'What the term means, in English.', description_zh: '术语含义，英文。', example: 'A shared workspace for start-ups.' }),
    note_zh: c.text({ title_zh: '含义（中文）', description: 'What the term means, in Chinese.', description_zh: '术语含义，中文。', example: '为初创者提供的共享工作空间。' }),
    search_also: c.optionalText({ title_zh: '其他检索词', description: 'Other single words readers type for the term, separated by ; (a search for any of them also finds the term).', description_zh: '读者检索该术语时可能输入的其他单词，以 `;` 分隔（检索其中任一词也能找到该术语）。', example: 'veteran;veterans' }),
  }),
});
