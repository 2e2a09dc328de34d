import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { CHECKS, CHECK_FREQUENCIES } from './vocabulary.ts';

export const checks = defineTable({
  name: 'checks',
  file: 'checks.csv',
  title: 'How each plan says its work will be checked',
  description: 'One row per item, kind of check and frequency a plan states for checking its own work (inspection, evaluation, performance review, progress reports), with the words that state it, pinned by offsets. Checks of other things (an evaluation of incubators) are not rows.',
  title_zh: '各方案如何检查自身工作',
  description_zh: '方案为检查自身落实情况所写明的每个条目、检查方式和频次各一行（督查、评估、绩效考核、进展报送），附写明它的原文并以位置偏移量定位。对其他对象的检查（如评估孵化基地）不在此列。',
  key: ['measure_id', 'check', 'frequency'],
  references: { doc_id: 'documents', measure_id: 'measures' },
  schema: z.strictObject({
    doc_id: c.id({ title_zh: '文件标识', description: 'The item’s document (documents.doc_id), so that a place’s rows travel with it.', description_zh: '条目所属文件（documents.doc_id），使一个地方的各行随其一起复制。', example: 'yuetang-2016' }),
    measure_id: c.id({ title_zh: '条目标识', description: 'The item (measures.measure_id).', description_zh: '所属条目（measures.measure_id）。', example: 'yuetang-2016-s03' }),
    check: c.oneOf(CHECKS, { title_zh: '检查方式', description: 'inspection (督查, 检查), evaluation (评估, 总结), performance_review (绩效考核, 考核), progress_report (报送, 通报, 报告).', description_zh: 'inspection（督查、检查）、evaluation（评估、总结）、performance_review（绩效考核、考核）、progress_report（报送、通报、报告）。', example: 'inspection' }),
    frequency: c.oneOf(CHECK_FREQUENCIES, { title_zh: '频次', description: 'How often, as the words say: half_yearly (每半年), yearly (每年, 年度), at_stages (中期, 终期, 阶段性), regularly (定期, 动态, without a period), not_stated.', description_zh: '原文所写的频次：half_yearly（每半年）、yearly（每年、年度）、at_stages（中期、终期、阶段性）、regularly（定期、动态，未写周期）、not_stated（未写明）。', example: 'half_yearly' }),
    quote_start: c.integer({ title_zh: '引文起始位置', description: 'Offset (characters, from 0) in the clean text where the words start.', description_zh: '原文在清理后文本中的起始位置（按字符计，从 0 起）。', example: '6020' }),
    quote_end: c.integer({ title_zh: '引文结束位置', description: 'Offset where the words end (exclusive).', description_zh: '原文的结束位置（不含）。', example: '6041' }),
    quote_zh: c.verbatim({ title_zh: '原文', description: 'The words that state the check, verbatim from the item.', description_zh: '写明该检查的原文，逐字取自条目。', example: '区政府督查室每半年组织开展一次专项督查' }),
  }),
});
