import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { TARGET_GROUPS } from './vocabulary.ts';

export const definitions = defineTable({
  name: 'definitions',
  file: 'definitions.csv',
  title: 'Definitions',
  description: 'What exactly a figure counts, and of whom: figures are compared across places only within one definition, with the same measure and scope.',
  title_zh: '统计口径',
  description_zh: '数字确切统计什么、统计谁：只有同一口径、同一计量方式和范围的数字才在各地之间比较。',
  key: ['definition_id'],
  references: { metric_id: 'metrics' },
  schema: z.strictObject({
    definition_id: c.id({ title_zh: '口径标识', description: 'Short id of the definition.', description_zh: '口径的简短标识。', example: 'jobs_driven_by_startups' }),
    metric_id: c.id({ title_zh: '指标标识', description: 'Metric family the definition belongs to (metrics.metric_id).', description_zh: '口径所属的指标类别（metrics.metric_id）。', example: 'jobs_created' }),
    name_en: c.text({ title_zh: '名称（英文）', description: 'Name in English.', description_zh: '英文名称。', example: 'Jobs driven by start-ups' }),
    name_zh: c.text({ title_zh: '名称（中文）', description: 'Name in Chinese.', description_zh: '中文名称。', example: '创业带动就业' }),
    description_en: c.text({ title_zh: '说明（英文）', description: 'What counts, in English.', description_zh: '统计内容，英文。', example: 'People given work by start-ups and new firms.' }),
    description_zh: c.text({ title_zh: '说明（中文）', description: 'What counts, in Chinese.', description_zh: '统计内容，中文。', example: '创业和新设企业带动就业的人数。' }),
    target_group: c.oneOf(TARGET_GROUPS, { title_zh: '统计群体', description: 'Whom the figure counts or serves.', description_zh: '数字所统计或服务的群体。', example: 'all_residents' }),
    comparable: c.boolean({ title_zh: '可比较', description: 'true exactly when at least two places have a headline target with this definition, the same measure and scope whole_place; computed from targets.csv and written by `npm run comparable` (never typed; checked before the data is published), and the comparison charts draw only these.', description_zh: '当且仅当至少两地各有一条此口径、计量方式相同、范围为 whole_place 的标题目标时为 true；由 targets.csv 计算并由 `npm run comparable` 写入（无需手填，发布前会核对），比较图表只绘制这些口径。', example: 'true' }),
  }),
});
