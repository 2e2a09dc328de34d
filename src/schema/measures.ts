import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { INSTRUMENTS, ITEM_TYPES } from './vocabulary.ts';

export const measures = defineTable({
  name: 'measures',
  file: 'measures.csv',
  title: 'Measures',
  description: 'One row per item of a document (goal, action, safeguard or phase), with its full text pinned by offsets.',
  title_zh: '条目',
  description_zh: '文件的每个条目（目标、行动、保障或阶段）一行，全文以位置偏移量定位。',
  key: ['measure_id'],
  references: { doc_id: 'documents', themes: 'themes' },
  schema: z.strictObject({
    measure_id: c.id({ title_zh: '条目标识', description: 'Id of the item: doc_id, then a running part.', description_zh: '条目标识：doc_id 加顺序编号。', example: 'putuo-2019-a05' }),
    doc_id: c.id({ title_zh: '文件标识', description: 'Document (documents.doc_id).', description_zh: '所属文件（documents.doc_id）。', example: 'putuo-2019' }),
    section: c.text({ title_zh: '章节编号', description: 'Section number as in the text, with its parents (三(一)1; Panshan 五1).', description_zh: '原文中的章节编号，连同上级编号（`三(一)1`；盘山为 `五1`）。', example: '二(三)5' }),
    item_type: c.oneOf(ITEM_TYPES, { title_zh: '条目类型', description: 'goal (headline figures), action (numbered action items), safeguard (保障/组织/工作要求), phase (Xinjiang’s 工作步骤).', description_zh: 'goal（总体目标数字）、action（编号的行动条目）、safeguard（保障措施/组织领导/工作要求）、phase（新疆的工作步骤）。', example: 'action' }),
    group_zh: c.optionalText({ title_zh: '小标题（中文）', description: 'Heading the item sits under, in Chinese.', description_zh: '条目所在的小标题，中文。', example: '（三）完善政策措施' }),
    group_en: c.optionalText({ title_zh: '小标题（英文）', description: 'Heading the item sits under, in English.', description_zh: '条目所在的小标题，英文。', example: '(3) Improve policy measures' }),
    title_zh: c.text({ title_zh: '条目标题（中文）', description: 'Title of the item in Chinese (its lead phrase, or a short title).', description_zh: '条目标题，中文（其引领语或简短标题）。', example: '拓宽融资渠道' }),
    title_en: c.text({ title_zh: '条目标题（英文）', description: 'Title in English.', description_zh: '条目标题，英文。', example: 'Widen financing channels' }),
    summary_zh: c.text({ title_zh: '摘要（中文）', description: 'One-sentence summary in Chinese.', description_zh: '一句话摘要，中文。', example: '' }),
    summary_en: c.text({ title_zh: '摘要（英文）', description: 'One-sentence summary in English.', description_zh: '一句话摘要，英文。', example: '' }),
    themes: c.list({ title_zh: '主题', description: '`;`-separated theme ids; the first is the primary theme.', description_zh: '以 `;` 分隔的主题标识；第一个为主要主题。', example: 'credit;funds', required: true }),
    instruments: c.list({ title_zh: '政策工具', description: '`;`-separated policy instruments used.', description_zh: '以 `;` 分隔的所用政策工具。', example: 'loan;guarantee', values: INSTRUMENTS }),
    lead_units: c.list({ title_zh: '牵头单位', description: '`;`-separated lead (or responsible) units as written.', description_zh: '以 `;` 分隔的牵头（或负责）单位，照录原文。', example: '区人社局;区财政局' }),
    partner_units: c.list({ title_zh: '配合单位', description: '`;`-separated partner units as written (Xianning’s 责任单位).', description_zh: '以 `;` 分隔的配合单位，照录原文（咸宁的责任单位）。', example: '' }),
    has_date: c.boolean({ title_zh: '写明时限', description: 'true when the item’s text names a date or deadline.', description_zh: '条目文本写明日期或时限时为 true。', example: 'false' }),
    quote_start: c.integer({ title_zh: '引文起始位置', description: 'Offset (in characters, from 0) where the item starts in the clean text.', description_zh: '条目在清理后文本中的起始位置（按字符计，从 0 起）。', example: '1520' }),
    quote_end: c.integer({ title_zh: '引文结束位置', description: 'Offset where the item ends (exclusive).', description_zh: '条目的结束位置（不含）。', example: '1710' }),
    quote_zh: c.passage({ title_zh: '条目原文', description: 'The whole item, verbatim from the clean text.', description_zh: '条目全文，逐字取自清理后文本。', example: '' }),
  }),
});
