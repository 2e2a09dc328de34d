import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { DEPARTMENT_KINDS } from './vocabulary.ts';

export const departments = defineTable({
  name: 'departments',
  file: 'departments.csv',
  title: 'Departments',
  description: 'Every responsible unit named in a document, as written, mapped to a comparable kind.',
  title_zh: '责任单位',
  description_zh: '文件中出现的每个责任单位，照录原文，并归入可比较的类别。',
  key: ['doc_id', 'name'],
  references: { doc_id: 'documents' },
  schema: z.strictObject({
    doc_id: c.id({ title_zh: '文件标识', description: 'Document (documents.doc_id).', description_zh: '所属文件（documents.doc_id）。', example: 'putuo-2019' }),
    name: c.text({ title_zh: '单位名称', description: 'The unit as written in the document.', description_zh: '文件中所写的单位名称。', example: '区人力资源社会保障局' }),
    kind: c.oneOf(DEPARTMENT_KINDS, { title_zh: '部门类别', description: 'Comparable kind of department.', description_zh: '可比较的部门类别。', example: 'human_resources' }),
    name_en: c.text({ title_zh: '单位名称（英文）', description: 'The unit in English.', description_zh: '单位的英文名称。', example: 'District Human Resources and Social Security Bureau' }),
  }),
});
