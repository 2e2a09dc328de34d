import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const documents = defineTable({
  name: 'documents',
  file: 'documents.csv',
  title: 'Documents',
  description: 'One row per source document: who issued it, when, the period it covers and where its texts are.',
  key: ['doc_id'],
  references: { region_id: 'regions' },
  schema: z.strictObject({
    doc_id: c.id({ description: 'Short id of the document (claims no date the text does not support).', example: 'putuo-2019' }),
    region_id: c.id({ description: 'The place the document is about (regions.region_id).', example: 'putuo' }),
    title_zh: c.text({ description: 'Title in Chinese, as in the text.', example: '普陀区深化创业型城区创建工作的实施方案' }),
    title_en: c.text({ description: 'Title in English (our translation).', example: 'Implementation plan for deepening the entrepreneurial city district, Putuo' }),
    issuer_zh: c.optionalText({ description: 'Issuing body in Chinese; blank when the text does not say.', example: '上海市普陀区人民政府办公室' }),
    issuer_en: c.optionalText({ description: 'Issuing body in English.', example: 'General Office of the Putuo District People’s Government' }),
    issued: c.optionalDateOrYear({ description: 'Date of issue: ISO date, or a year when only the year is known; blank when unknown.', example: '2019-04-26' }),
    issued_inferred: c.boolean({ description: 'true when the date is inferred rather than stated in the text.', example: 'false' }),
    issued_note: c.optionalText({ description: 'How the date was established, in English.', example: 'Stated at the head of the notice.' }),
    issued_note_zh: c.optionalText({ description: 'How the date was established, in Chinese.', example: '日期见于通知开头。' }),
    period_start: c.year({ description: 'First year the document covers (inclusive).', example: '2018' }),
    period_end: c.year({ description: 'Last year the document covers (inclusive).', example: '2022' }),
    period_inferred: c.boolean({ description: 'true when the period is inferred rather than stated.', example: 'false' }),
    script: c.oneOf(['simplified', 'traditional'], { description: 'Script of the raw text; traditional texts are converted to simplified when cleaned.', example: 'simplified' }),
    doc_type: c.oneOf(['plan', 'report'], { description: 'plan (commitments) or report (what was done).', example: 'plan' }),
    action_sections: c.list({ description: 'Top-level sections (一, 二, …) whose numbered items are action items; used to check measures against the text.', example: '二', required: true }),
    raw_file: c.text({ description: 'Path of the text as collected, relative to data/.', example: 'sources/raw/putuo-2019.txt' }),
    clean_file: c.text({ description: 'Path of the cleaned text the offsets refer to, relative to data/.', example: 'sources/clean/putuo-2019.txt' }),
    source_note_zh: c.optionalText({ description: 'Where the text was collected from, in Chinese.', example: '' }),
    source_note_en: c.optionalText({ description: 'Where the text was collected from, in English.', example: '' }),
    notes: c.optionalText({ description: 'Anything a reader should know about the document, in English.', example: '' }),
    notes_zh: c.optionalText({ description: 'Anything a reader should know about the document, in Chinese.', example: '' }),
  }),
});
