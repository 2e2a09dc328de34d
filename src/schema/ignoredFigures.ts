import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { IGNORE_REASONS } from './vocabulary.ts';

export const ignoredFigures = defineTable({
  name: 'ignored-figures',
  file: 'ignored-figures.csv',
  title: 'Ignored figures',
  description: 'Amounts the scanner finds in a text that are not figures (names, section numbers, dates…), each with its reason.',
  key: ['doc_id', 'start'],
  references: { doc_id: 'documents' },
  schema: z.strictObject({
    doc_id: c.id({ description: 'Document (documents.doc_id).', example: 'yuetang-2016' }),
    start: c.integer({ description: 'Offset of the occurrence in the clean text.', example: '120' }),
    text: c.verbatim({ description: 'The occurrence as the scanner reports it.', example: '2016年' }),
    reason: c.oneOf(IGNORE_REASONS, { description: 'Why it is not a figure.', example: 'date_or_span' }),
    note: c.optionalText({ description: 'Anything more.', example: '' }),
  }),
});
