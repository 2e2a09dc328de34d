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
    item_type: c.oneOf(ITEM_TYPES, { title_zh: '条目类型', description: 'goal (one clause of a goal paragraph: its paragraph split at ；and 。), action (numbered action items), safeguard (保障/组织/工作要求), phase (Xinjiang’s 工作步骤).', description_zh: 'goal（目标段落的一个分句：按“；”和“。”切分）、action（编号的行动条目）、safeguard（保障措施/组织领导/工作要求）、phase（新疆的工作步骤）。', example: 'action' }),
    group_zh: c.optionalText({ title_zh: '小标题（中文）', description: 'Heading the item sits under, in Chinese.', description_zh: '条目所在的小标题，中文。', example: '（三）完善政策措施' }),
    group_en: c.optionalText({ title_zh: '小标题（英文）', description: 'Heading the item sits under, in English.', description_zh: '条目所在的小标题，英文。', example: '(3) Improve policy measures' }),
    title_zh: c.text({ title_zh: '条目标题（中文）', description: 'Title of the item in Chinese (its lead phrase, or a short title).', description_zh: '条目标题，中文（其引领语或简短标题）。', example: '拓宽融资渠道' }),
    title_en: c.text({ title_zh: '条目标题（英文）', description: 'Title in English.', description_zh: '条目标题，英文。', example: 'Widen financing channels' }),
    summary_zh: c.text({ title_zh: '摘要（中文）', description: 'One-sentence summary in Chinese.', description_zh: '一句话摘要，中文。', example: '' }),
    summary_en: c.text({ title_zh: '摘要（英文）', description: 'One-sentence summary in English.', description_zh: '一句话摘要，英文。', example: '' }),
    themes: c.list({ title_zh: '主题', description: '`;`-separated theme ids; the first is the primary theme.', description_zh: '以 `;` 分隔的主题标识；第一个为主要主题。', example: 'credit;funds', required: true }),
    instruments: c.list({ title_zh: '政策工具', description: '`;`-separated policy instruments used.', description_zh: '以 `;` 分隔的所用政策工具。', example: 'loan;guarantee', values: INSTRUMENTS }),
    lead_units: c.list({ title_zh: '牵头单位', description: '`;`-separated units the text marks as leading the item (牵头单位, 牵头, 负责), as written; blank when it marks none.', description_zh: '以 `;` 分隔的、原文标明牵头的单位（牵头单位、牵头、负责），照录原文；原文未标明牵头的留空。', example: '市科技局' }),
    responsible_units: c.list({ title_zh: '责任单位（未标明牵头）', description: '`;`-separated units the text names as responsible or as acting without marking a lead (Yuetang’s “责任单位”, Putuo’s “责任部门”, “各成员单位”, Xinjiang’s “工商部门”…), as written.', description_zh: '以 `;` 分隔的、原文列为责任单位或作为执行者提及但未标明牵头的单位（岳塘的责任单位、普陀的责任部门、各成员单位、新疆的工商部门等），照录原文。', example: '区人社局;区财政局' }),
    partner_units: c.list({ title_zh: '配合单位', description: '`;`-separated units listed beside a lead, as written (Xianning’s 责任单位 after its 牵头单位).', description_zh: '以 `;` 分隔的、与牵头单位并列的配合单位，照录原文（咸宁在牵头单位之后列出的责任单位）。', example: '' }),
    has_date: c.boolean({ title_zh: '写明日期', description: 'true when the item’s own text names a date (a deadline, a year of a budget or an event); a year inside a name is not a date.', description_zh: '条目文本本身写明日期（时限、预算年份或事件日期）时为 true；名称中的年份不算日期。', example: 'false' }),
    deadline_zh: c.optionalText({ title_zh: '时限（原文）', description: 'The words that state the deadline of a goal clause or action item, verbatim (力争2016年, 到2020年, 每年年底 as a recurring one); a goal clause takes the date that opens its goal sentence. Blank when none is stated: a year inherited from the document’s title or period is not a deadline. Coded for goal clauses and action items.', description_zh: '目标分句或行动条目写明时限的原文（力争2016年、到2020年、每年年底这类重复时限）；目标分句沿用其所在目标句开头的日期。未写明的留空：从文件标题或期限继承的年份不算时限。仅对目标分句和行动条目编码。', example: '力争2016年' }),
    quote_start: c.integer({ title_zh: '引文起始位置', description: 'Offset (in characters, from 0) where the item starts in the clean text.', description_zh: '条目在清理后文本中的起始位置（按字符计，从 0 起）。', example: '1520' }),
    quote_end: c.integer({ title_zh: '引文结束位置', description: 'Offset where the item ends (exclusive).', description_zh: '条目的结束位置（不含）。', example: '1710' }),
    quote_zh: c.passage({ title_zh: '条目原文', description: 'The whole item, verbatim from the clean text.', description_zh: '条目全文，逐字取自清理后文本。', example: '' }),
  }),
});
