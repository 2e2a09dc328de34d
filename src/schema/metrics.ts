import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { BASE_UNITS } from './vocabulary.ts';

export const metrics = defineTable({
  name: 'metrics',
  file: 'metrics.csv',
  title: 'Metrics',
  description: 'What a figure measures; comparable metrics are the families the comparison charts use.',
  key: ['metric_id'],
  references: { theme_id: 'themes' },
  schema: z.strictObject({
    metric_id: c.id({ description: 'Short id of the metric.', example: 'jobs_created' }),
    name_zh: c.text({ description: 'Name in Chinese.', example: '新增就业' }),
    name_en: c.text({ description: 'Name in English.', example: 'Jobs created' }),
    base_unit: c.oneOf(BASE_UNITS, { description: 'Unit of value_base for rows of this metric.', example: 'person' }),
    theme_id: c.id({ description: 'Theme the metric belongs to (themes.theme_id).', example: 'employment' }),
    comparable: c.boolean({ description: 'true when the comparison charts use this metric across places.', example: 'true' }),
    description_zh: c.text({ description: 'What counts, in Chinese.', example: '新增城镇就业、创业带动就业等人数' }),
    description_en: c.text({ description: 'What counts, in English.', example: 'People newly employed, including jobs created by start-ups' }),
  }),
});
