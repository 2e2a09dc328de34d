import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { BASE_UNITS } from './vocabulary.ts';

export const metrics = defineTable({
  name: 'metrics',
  file: 'metrics.csv',
  title: 'Metrics',
  description: 'What a figure measures: a family of definitions (definitions.csv), under which related figures are listed together.',
  title_zh: '指标',
  description_zh: '数字所衡量的内容：一组统计口径（definitions.csv），相关数字在其下并列。',
  key: ['metric_id'],
  references: { theme_id: 'themes' },
  schema: z.strictObject({
    metric_id: c.id({ title_zh: '指标标识', description: 'Short id of the metric.', description_zh: '指标的简短标识。', example: 'jobs_created' }),
    name_zh: c.text({ title_zh: '名称（中文）', description: 'Name in Chinese.', description_zh: '中文名称。', example: '新增就业' }),
    name_en: c.text({ title_zh: '名称（英文）', description: 'Name in English.', description_zh: '英文名称。', example: 'Jobs created' }),
    base_unit: c.oneOf(BASE_UNITS, { title_zh: '基本单位', description: 'Unit of value_base for rows of this metric.', description_zh: '该指标各行 value_base 的单位。', example: 'person' }),
    theme_id: c.id({ title_zh: '主题标识', description: 'Theme the metric belongs to (themes.theme_id).', description_zh: '指标所属主题（themes.theme_id）。', example: 'employment' }),
    description_zh: c.text({ title_zh: '说明（中文）', description: 'What counts, in Chinese.', description_zh: '统计口径（计入哪些），中文。', example: '新增城镇就业、创业带动就业等人数' }),
    description_en: c.text({ title_zh: '说明（英文）', description: 'What counts, in English.', description_zh: '统计口径（计入哪些），英文。', example: 'People newly employed, including jobs created by start-ups' }),
  }),
});
