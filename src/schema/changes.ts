import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { CHANGE_KINDS } from './vocabulary.ts';

export const changes = defineTable({
  name: 'changes',
  file: 'changes.csv',
  title: 'Changes between releases',
  description: 'Why each cell that differs from the release before differs: every change needs a reason here, or the data is not published.',
  title_zh: '版本间的改动',
  description_zh: '与上一版本相比每一处改动的理由：每处改动都须在此说明，否则数据不予发布。',
  key: ['release', 'table', 'id', 'column'],
  schema: z.strictObject({
    release: c.code(/^\d{4}\.\d{2}\.\d{2}(?:-\d+)?$/, 'a release version (YYYY.MM.DD, or YYYY.MM.DD-N)', { title_zh: '版本', description: 'The release the change is published in (YYYY.MM.DD, or YYYY.MM.DD-N).', description_zh: '发布该改动的版本（YYYY.MM.DD 或 YYYY.MM.DD-N）。', example: '2026.11.22-2' }),
    table: c.id({ title_zh: '表', description: 'The table changed (its name, e.g. targets).', description_zh: '改动的表（表名，如 targets）。', example: 'targets' }),
    id: c.text({ title_zh: '行', description: 'The row changed: its key, key columns joined by /; a key ending in * for every row whose key starts so (a new place: testadded-2020*); * alone for every row of the table.', description_zh: '改动的行：其主键，多列主键以 / 连接；以 * 结尾表示主键以此开头的每一行（如新增地方：testadded-2020*）；单独的 * 表示表中每一行。', example: 'panshan-report-t033' }),
    column: c.text({ title_zh: '列', description: 'The column changed; * for a whole row added or removed.', description_zh: '改动的列；* 表示整行新增或删除。', example: 'unit_zh' }),
    kind: c.oneOf(CHANGE_KINDS, { title_zh: '改动类型', description: 'correction (what a figure says: value, unit, comparator, period, kind, metric, scope, measure, definition, or a wrong translation), recoding (new columns and vocabularies), reanchoring (offsets and punctuation of quotes).', description_zh: 'correction（数字的含义：数值、单位、比较符、期限、类型、指标、范围、计量方式、口径，或译文错误）、recoding（新增的列和词表）、reanchoring（位置偏移量和引文标点）。', example: 'correction' }),
    reason_en: c.text({ title_zh: '理由（英文）', description: 'Why, in English.', description_zh: '理由，英文。', example: 'The text writes 60万 with 元 implied: the unit is 万元.' }),
    reason_zh: c.text({ title_zh: '理由（中文）', description: 'Why, in Chinese.', description_zh: '理由，中文。', example: '原文写作“60万”，“元”为隐含单位：单位应为万元。' }),
  }),
});
