import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';

export const corrections = defineTable({
  name: 'corrections',
  file: 'corrections.csv',
  title: 'Corrections',
  description: 'Every edit made to a source text while cleaning it, matched verbatim; low-confidence rows only mark a span as 〔damaged〕.',
  title_zh: '更正',
  description_zh: '清理原始文本时所作的每一处修改，逐字匹配；低置信度的行只将片段标为〔受损〕。',
  key: ['correction_id'],
  references: { doc_id: 'documents' },
  schema: z.strictObject({
    correction_id: c.id({ title_zh: '更正标识', description: 'Id of the correction.', description_zh: '更正的标识。', example: 'yuetang-2016-c1' }),
    doc_id: c.id({ title_zh: '文件标识', description: 'Document (documents.doc_id).', description_zh: '所属文件（documents.doc_id）。', example: 'yuetang-2016' }),
    raw: c.passage({ title_zh: '原文', description: 'Text as it stands after furniture and glosses are removed (Panshan: traditional).', description_zh: '去除页眉页脚等版面元素和注释后的原文（盘山为繁体）。', example: '万众创XSD精神' }),
    replacement: c.passage({ title_zh: '替换文字', description: 'What replaces it; a span kept but marked as damaged is wrapped as 〔…〕.', description_zh: '替换后的文字；保留但标为受损的片段以〔…〕括起。', example: '万众创新精神' }),
    reason: c.text({ title_zh: '理由（英文）', description: 'Why, in English.', description_zh: '更正理由，英文。', example: 'garbled token' }),
    reason_zh: c.text({ title_zh: '理由（中文）', description: 'Why, in Chinese.', description_zh: '更正理由，中文。', example: '乱码' }),
    confidence: c.oneOf(['high', 'medium', 'low'], { title_zh: '把握程度', description: 'How sure the repair is; low means the span is only marked, not repaired.', description_zh: '修复的把握程度；low 表示只标记片段、不作修复。', example: 'high' }),
  }),
});
