import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const documents = defineTable({
  name: 'documents',
  file: 'documents.csv',
  title: 'Documents',
  description: 'One row per source document: who issued it, when, the period it covers and where its texts are.',
  title_zh: '文件',
  description_zh: '每份原始文件一行:发文单位、发文日期、覆盖期限以及文本所在位置。',
  key: ['doc_id'],
  references: { region_id: 'regions' },
  schema: z.strictObject({
    doc_id: c.id({ description: 'Short id of the document (claims no date the text does not support).', description_zh: '文件的简短标识(不标注文本不能佐证的日期)。', example: 'putuo-2019' }),
    region_id: c.id({ description: 'The place the document is about (regions.region_id).', description_zh: '文件所涉地方(regions.region_id)。', example: 'putuo' }),
    title_zh: c.text({ description: 'Title in Chinese, as in the text.', description_zh: '中文标题,与原文一致。', example: '普陀区深化创业型城区创建工作的实施方案' }),
    title_en: c.text({ description: 'Title in English (our translation).', description_zh: '英文标题(本站翻译)。', example: 'Implementation plan for deepening the entrepreneurial city district, Putuo' }),
    issuer_zh: c.optionalText({ description: 'Issuing body in Chinese; blank when the text does not say.', description_zh: '发文单位,中文;文本未载明的留空。', example: '上海市普陀区人民政府办公室' }),
    issuer_en: c.optionalText({ description: 'Issuing body in English.', description_zh: '发文单位,英文。', example: 'General Office of the Putuo District People’s Government' }),
    issued: c.optionalDateOrYear({ description: 'Date of issue: ISO date, or a year when only the year is known; blank when unknown.', description_zh: '发文日期:ISO 日期,仅知年份时填年份;不详的留空。', example: '2019-04-26' }),
    issued_inferred: c.boolean({ description: 'true when the date is inferred rather than stated in the text.', description_zh: '日期系推断而非文本载明时为 true。', example: 'false' }),
    issued_note: c.optionalText({ description: 'How the date was established, in English.', description_zh: '日期的确定依据,英文。', example: 'Stated at the head of the notice.' }),
    issued_note_zh: c.optionalText({ description: 'How the date was established, in Chinese.', description_zh: '日期的确定依据,中文。', example: '日期见于通知开头。' }),
    period_start: c.year({ description: 'First year the document covers (inclusive).', description_zh: '文件覆盖的起始年份(含)。', example: '2018' }),
    period_end: c.year({ description: 'Last year the document covers (inclusive).', description_zh: '文件覆盖的终止年份(含)。', example: '2022' }),
    period_inferred: c.boolean({ description: 'true when the period is inferred rather than stated.', description_zh: '覆盖期限系推断而非载明时为 true。', example: 'false' }),
    script: c.oneOf(['simplified', 'traditional'], { description: 'Script of the raw text; traditional texts are converted to simplified when cleaned.', description_zh: '原始文本的字形(简体或繁体);繁体文本在清理时转为简体。', example: 'simplified' }),
    doc_type: c.oneOf(['plan', 'report'], { description: 'plan (commitments) or report (what was done).', description_zh: 'plan(方案,即作出的承诺)或 report(报告,即已完成的工作)。', example: 'plan' }),
    action_sections: c.list({ description: 'Top-level sections (一, 二, …) whose numbered items are action items; used to check measures against the text.', description_zh: '其下编号条目为行动条目的一级部分(一、二……);用于对照原文核对条目。', example: '二', required: true }),
    raw_file: c.text({ description: 'Path of the text as collected, relative to data/.', description_zh: '所采集文本的路径,相对于 data/。', example: 'sources/raw/putuo-2019.txt' }),
    clean_file: c.text({ description: 'Path of the cleaned text the offsets refer to, relative to data/.', description_zh: '清理后文本的路径(位置偏移量以此为准),相对于 data/。', example: 'sources/clean/putuo-2019.txt' }),
    source_note_zh: c.optionalText({ description: 'Where the text was collected from, in Chinese.', description_zh: '文本的采集来源,中文。', example: '' }),
    source_note_en: c.optionalText({ description: 'Where the text was collected from, in English.', description_zh: '文本的采集来源,英文。', example: '' }),
    source_url: c.optionalUrl({ description: 'Address of the page the text was collected from; blank where it was not recorded.', description_zh: '采集文本的网页地址;未记录的留空。', example: '' }),
    notes: c.optionalText({ description: 'Anything a reader should know about the document, in English.', description_zh: '读者应了解的有关该文件的说明,英文。', example: '' }),
    notes_zh: c.optionalText({ description: 'Anything a reader should know about the document, in Chinese.', description_zh: '读者应了解的有关该文件的说明,中文。', example: '' }),
  }),
});
