import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const themes = defineTable({
  name: 'themes',
  file: 'themes.csv',
  title: 'Themes',
  description: 'The taxonomy every measure is coded to.',
  title_zh: '主题',
  description_zh: '每个条目归类所用的主题分类体系。',
  key: ['theme_id'],
  schema: z.strictObject({
    theme_id: c.id({ title_zh: '主题标识', description: 'Short id of the theme.', description_zh: '主题的简短标识。', example: 'incubation' }),
    name_zh: c.text({ title_zh: '名称（中文）', description: 'Name in Chinese.', description_zh: '中文名称。', example: '孵化载体与空间' }),
    name_en: c.text({ title_zh: '名称（英文）', description: 'Name in English.', description_zh: '英文名称。', example: 'Incubators and spaces' }),
    description_zh: c.text({ title_zh: '说明（中文）', description: 'What belongs here, in Chinese.', description_zh: '归入该主题的内容，中文。', example: '众创空间、孵化器、创业基地等载体' }),
    description_en: c.text({ title_zh: '说明（英文）', description: 'What belongs here, in English.', description_zh: '归入该主题的内容，英文。', example: 'Maker spaces, incubators, start-up bases' }),
  }),
});
