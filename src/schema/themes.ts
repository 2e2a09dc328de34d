import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const themes = defineTable({
  name: 'themes',
  file: 'themes.csv',
  title: 'Themes',
  description: 'The taxonomy every measure is coded to.',
  key: ['theme_id'],
  schema: z.strictObject({
    theme_id: c.id({ description: 'Short id of the theme.', example: 'incubation' }),
    name_zh: c.text({ description: 'Name in Chinese.', example: '孵化载体与空间' }),
    name_en: c.text({ description: 'Name in English.', example: 'Incubators and spaces' }),
    description_zh: c.text({ description: 'What belongs here, in Chinese.', example: '众创空间、孵化器、创业基地等载体' }),
    description_en: c.text({ description: 'What belongs here, in English.', example: 'Maker spaces, incubators, start-up bases' }),
  }),
});
