import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { IGNORE_REASONS } from './vocabulary.ts';

export const ignoredFigures = defineTable({
  name: 'ignored-figures',
  file: 'ignored-figures.csv',
  title: 'Ignored figures',
  description: 'Amounts the scanner finds in a text that are not figures (names, section numbers, dates…), each with its reason.',
  title_zh: '不计入的数字',
  description_zh: '扫描器在文本中找到、但并非数字指标的数（名称、章节编号、日期等），各附理由。',
  key: ['doc_id', 'start'],
  references: { doc_id: 'documents' },
  schema: z.strictObject({
    doc_id: c.id({ title_zh: '文件标识', description: 'Document (documents.doc_id).', description_zh: '所属文件（documents.doc_id）。', example: 'yuetang-2016' }),
    start: c.integer({ title_zh: '位置', description: 'Offset of the occurrence in the clean text.', description_zh: '该处在清理后文本中的位置。', example: '120' }),
    text: c.verbatim({ title_zh: '文字', description: 'The occurrence as the scanner reports it.', description_zh: '扫描器所报告的该处文字。', example: '2016年' }),
    reason: c.oneOf(IGNORE_REASONS, { title_zh: '理由', description: 'Why it is not a figure.', description_zh: '不计为数字的理由。', example: 'date_or_span' }),
    note: c.optionalText({ title_zh: '说明', description: 'Anything more.', description_zh: '其他说明。', example: '' }),
  }),
});
