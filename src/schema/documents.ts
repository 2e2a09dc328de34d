import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const documents = defineTable({
  name: 'documents',
  file: 'documents.csv',
  title: 'Documents',
  description: 'One row per source document: who issued it, when, the period it covers and where its texts are.',
  title_zh: '文件',
  description_zh: '每份原始文件一行：发文单位、发文日期、覆盖期限以及文本所在位置。',
  key: ['doc_id'],
  references: { region_id: 'regions' },
  schema: z.strictObject({
    doc_id: c.id({ title_zh: '文件标识', description: 'Short id of the document (claims no date the text does not support).', description_zh: '文件的简短标识（不标注文本不能佐证的日期）。', example: 'putuo-2019' }),
    region_id: c.id({ title_zh: '地方标识', description: 'The place the document is about (regions.region_id).', description_zh: '文件所涉地方（regions.region_id）。', example: 'putuo' }),
    title_zh: c.text({ title_zh: '标题（中文）', description: 'Title in Chinese, as in the text.', description_zh: '中文标题，与原文一致。', example: '普陀区深化创业型城区创建工作的实施方案' }),
    title_en: c.text({ title_zh: '标题（英文）', description: 'Title in English (our translation).', description_zh: '英文标题（本站翻译）。', example: 'Implementation plan for deepening the entrepreneurial city district, Putuo' }),
    issuer_zh: c.optionalText({ title_zh: '发文单位（中文）', description: 'Issuing body in Chinese; blank when the text does not say.', description_zh: '发文单位，中文；文本未载明的留空。', example: '上海市普陀区人民政府办公室' }),
    issuer_en: c.optionalText({ title_zh: '发文单位（英文）', description: 'Issuing body in English.', description_zh: '发文单位，英文。', example: 'General Office of the Putuo District People’s Government' }),
    issued: c.optionalDateOrYear({ title_zh: '发文日期', description: 'Date of issue: ISO date, or a year when only the year is known; blank when unknown.', description_zh: '发文日期：ISO 日期，仅知年份时填年份；不详的留空。', example: '2019-04-26' }),
    issued_inferred: c.boolean({ title_zh: '日期为推断', description: 'true when the date is inferred rather than stated in the text.', description_zh: '日期系推断而非文本载明时为 true。', example: 'false' }),
    issued_note: c.optionalText({ title_zh: '日期依据（英文）', description: 'How the date was established, in English.', description_zh: '日期的确定依据，英文。', example: 'Stated at the head of the notice.' }),
    issued_note_zh: c.optionalText({ title_zh: '日期依据（中文）', description: 'How the date was established, in Chinese.', description_zh: '日期的确定依据，中文。', example: '日期见于通知开头。' }),
    period_start: c.year({ title_zh: '起始年份', description: 'First year the document covers (inclusive).', description_zh: '文件覆盖的起始年份（含）。', example: '2018' }),
    period_end: c.year({ title_zh: '终止年份', description: 'Last year the document covers (inclusive).', description_zh: '文件覆盖的终止年份（含）。', example: '2022' }),
    period_inferred: c.boolean({ title_zh: '期限为推断', description: 'true when the period is inferred rather than stated.', description_zh: '覆盖期限系推断而非载明时为 true。', example: 'false' }),
    script: c.oneOf(['simplified', 'traditional'], { title_zh: '字形', description: 'Script of the raw text; traditional texts are converted to simplified when cleaned.', description_zh: '原始文本的字形（简体或繁体）；繁体文本在清理时转为简体。', example: 'simplified' }),
    doc_type: c.oneOf(['plan', 'report'], { title_zh: '文件类型', description: 'plan (commitments) or report (what was done).', description_zh: 'plan（方案，即作出的承诺）或 report（报告，即已完成的工作）。', example: 'plan' }),
    action_sections: c.list({ title_zh: '行动条目所在部分', description: 'Top-level sections (一, 二, …) whose numbered items are action items; used to check measures against the text.', description_zh: '其下编号条目为行动条目的一级部分（一、二……）；用于对照原文核对条目。', example: '二', required: true }),
    raw_file: c.text({ title_zh: '原始文本路径', description: 'Path of the text as collected, relative to data/.', description_zh: '所采集文本的路径，相对于 data/。', example: 'sources/raw/putuo-2019.txt' }),
    clean_file: c.text({ title_zh: '清理后文本路径', description: 'Path of the cleaned text the offsets refer to, relative to data/.', description_zh: '清理后文本的路径（位置偏移量以此为准），相对于 data/。', example: 'sources/clean/putuo-2019.txt' }),
    source_note_zh: c.optionalText({ title_zh: '采集来源（中文）', description: 'Where the text was collected from, in Chinese.', description_zh: '文本的采集来源，中文。', example: '' }),
    source_note_en: c.optionalText({ title_zh: '采集来源（英文）', description: 'Where the text was collected from, in English.', description_zh: '文本的采集来源，英文。', example: '' }),
    source_url: c.optionalUrl({ title_zh: '采集网址', description: 'Address of the page the text was collected from; blank where it was not recorded.', description_zh: '采集文本的网页地址；未记录的留空。', example: '' }),
    notes: c.optionalText({ title_zh: '说明（英文）', description: 'Anything a reader should know about the document, in English.', description_zh: '读者应了解的有关该文件的说明，英文。', example: '' }),
    notes_zh: c.optionalText({ title_zh: '说明（中文）', description: 'Anything a reader should know about the document, in Chinese.', description_zh: '读者应了解的有关该文件的说明，中文。', example: '' }),
  }),
});
