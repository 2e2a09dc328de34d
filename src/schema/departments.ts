import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { DEPARTMENT_KINDS } from './vocabulary.ts';

export const departments = defineTable({
  name: 'departments',
  file: 'departments.csv',
  title: 'Departments',
  description: 'Every responsible unit named in a document, as written, mapped to a comparable kind.',
  key: ['doc_id', 'name'],
  references: { doc_id: 'documents' },
  schema: z.strictObject({
    doc_id: c.id({ description: 'Document (documents.doc_id).', example: 'putuo-2019' }),
    name: c.text({ description: 'The unit as written in the document.', example: '区人力资源社会保障局' }),
    kind: c.oneOf(DEPARTMENT_KINDS, { description: 'Comparable kind of department.', example: 'human_resources' }),
    name_en: c.text({ description: 'The unit in English.', example: 'District Human Resources and Social Security Bureau' }),
  }),
});
