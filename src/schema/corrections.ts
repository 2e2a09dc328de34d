import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const corrections = defineTable({
  name: 'corrections',
  file: 'corrections.csv',
  title: 'Corrections',
  description: 'Every edit made to a source text while cleaning it, matched verbatim; low-confidence rows only mark a span as 〔damaged〕.',
  key: ['correction_id'],
  references: { doc_id: 'documents' },
  schema: z.strictObject({
    correction_id: c.id({ description: 'Id of the correction.', example: 'yuetang-2016-c1' }),
    doc_id: c.id({ description: 'Document (documents.doc_id).', example: 'yuetang-2016' }),
    raw: c.verbatim({ description: 'Text as it stands after furniture and glosses are removed (Panshan: traditional).', example: '万众创XSD精神' }),
    replacement: c.verbatim({ description: 'What replaces it; a span kept but marked as damaged is wrapped as 〔…〕.', example: '万众创新精神' }),
    reason: c.text({ description: 'Why, in English.', example: 'garbled token' }),
    reason_zh: c.text({ description: 'Why, in Chinese.', example: '乱码' }),
    confidence: c.oneOf(['high', 'medium', 'low'], { description: 'How sure the repair is; low means the span is only marked, not repaired.', example: 'high' }),
  }),
});
