import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { INSTRUMENTS, ITEM_TYPES } from './vocabulary.ts';

export const measures = defineTable({
  name: 'measures',
  file: 'measures.csv',
  title: 'Measures',
  description: 'One row per item of a document (goal, action, safeguard or phase), with its full text pinned by offsets.',
  key: ['measure_id'],
  references: { doc_id: 'documents', themes: 'themes' },
  schema: z.strictObject({
    measure_id: c.id({ description: 'Id of the item: doc_id, then a running part.', example: 'putuo-2019-a05' }),
    doc_id: c.id({ description: 'Document (documents.doc_id).', example: 'putuo-2019' }),
    section: c.text({ description: 'Section number as in the text, with its parents (三(一)1; Panshan 五1).', example: '二(三)5' }),
    item_type: c.oneOf(ITEM_TYPES, { description: 'goal (headline figures), action (numbered action items), safeguard (保障/组织/工作要求), phase (Xinjiang’s 工作步骤).', example: 'action' }),
    group_zh: c.optionalText({ description: 'Heading the item sits under, in Chinese.', example: '(三)完善政策措施' }),
    group_en: c.optionalText({ description: 'Heading the item sits under, in English.', example: '(3) Improve policy measures' }),
    title_zh: c.text({ description: 'Title of the item in Chinese (its lead phrase, or a short title).', example: '拓宽融资渠道' }),
    title_en: c.text({ description: 'Title in English.', example: 'Widen financing channels' }),
    summary_zh: c.text({ description: 'One-sentence summary in Chinese.', example: '' }),
    summary_en: c.text({ description: 'One-sentence summary in English.', example: '' }),
    themes: c.list({ description: '`;`-separated theme ids; the first is the primary theme.', example: 'credit;funds', required: true }),
    instruments: c.list({ description: '`;`-separated policy instruments used.', example: 'loan;guarantee', values: INSTRUMENTS }),
    lead_units: c.list({ description: '`;`-separated lead (or responsible) units as written.', example: '区人社局;区财政局' }),
    partner_units: c.list({ description: '`;`-separated partner units as written (Xianning’s 责任单位).', example: '' }),
    has_date: c.boolean({ description: 'true when the item’s text names a date or deadline.', example: 'false' }),
    quote_start: c.integer({ description: 'Offset (in characters, from 0) where the item starts in the clean text.', example: '1520' }),
    quote_end: c.integer({ description: 'Offset where the item ends (exclusive).', example: '1710' }),
    quote_zh: c.verbatim({ description: 'The whole item, verbatim from the clean text.', example: '' }),
  }),
});
