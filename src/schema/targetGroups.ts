import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { ITEM_GROUPS } from './vocabulary.ts';

export const targetGroups = defineTable({
  name: 'target-groups',
  file: 'target-groups.csv',
  title: 'Target groups named by each item',
  description: 'One row per item and group of people the item names as helped, with the words that name it, pinned by offsets; an item that names no group has one row none_named. Founders and the public at large, whom every item serves, are not a group, and firms are not coded here.',
  title_zh: '各条目点名的目标群体',
  description_zh: '每个条目点名扶持的每个人群一行，附点名的原文并以位置偏移量定位；未点名任何群体的条目有一行 none_named。所有条目都服务的创业者和公众不算一个群体，企业不在此编码。',
  key: ['measure_id', 'target_group'],
  references: { doc_id: 'documents', measure_id: 'measures' },
  schema: z.strictObject({
    doc_id: c.id({ title_zh: '文件标识', description: 'The item’s document (documents.doc_id), so that a place’s rows travel with it.', description_zh: '条目所属文件（documents.doc_id），使一个地方的各行随其一起复制。', example: 'putuo-2019' }),
    measure_id: c.id({ title_zh: '条目标识', description: 'The item (measures.measure_id).', description_zh: '所属条目（measures.measure_id）。', example: 'putuo-2019-a04' }),
    target_group: c.oneOf(ITEM_GROUPS, { title_zh: '目标群体', description: 'The group named as helped, from a closed list (the target_group words of definitions.csv where they fit); none_named when the item names none.', description_zh: '点名扶持的群体，取自封闭列表（尽量沿用 definitions.csv 的 target_group 用词）；条目未点名任何群体时为 none_named。', example: 'people_with_disabilities' }),
    quote_start: c.optionalInteger({ title_zh: '引文起始位置', description: 'Offset (characters, from 0) in the clean text where the words naming the group start; empty for none_named.', description_zh: '点名该群体的原文在清理后文本中的起始位置（按字符计，从 0 起）；none_named 时留空。', example: '4210' }),
    quote_end: c.optionalInteger({ title_zh: '引文结束位置', description: 'Offset where those words end (exclusive); empty for none_named.', description_zh: '该原文的结束位置（不含）；none_named 时留空。', example: '4213' }),
    quote_zh: c.optionalVerbatim({ title_zh: '点名原文', description: 'The words that name the group, verbatim from the item; empty for none_named.', description_zh: '点名该群体的原文，逐字取自条目；none_named 时留空。', example: '残疾人' }),
  }),
});
