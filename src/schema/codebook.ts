import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { ANSWER_RULES, QUESTION_THEMES } from './vocabulary.ts';

export const codebook = defineTable({
  name: 'codebook',
  file: 'codebook.csv',
  title: 'Codebook: the questions every place answers',
  description: 'One row per question the compare page asks of every document: its wording and definition in both languages, and the named rule that derives each place’s answer from the coded rows. Its closed list of answers is in codebook-answers.csv; answers are derived, never typed.',
  title_zh: '编码手册：每个地方都要回答的问题',
  description_zh: '对照页向每份文件提出的问题，每题一行：中英文的问法与定义，以及从已编码数据推导各地答案的规则名称。答案的封闭列表见 codebook-answers.csv；答案均为推导所得，从不手填。',
  key: ['question_id'],
  schema: z.strictObject({
    question_id: c.id({ title_zh: '问题标识', description: 'Id of the question.', description_zh: '问题标识。', example: 'guarantee_loans' }),
    order: c.positiveInteger({ title_zh: '顺序', description: 'Position of the question on the page (1 first).', description_zh: '问题在页面上的位置（1 为第一）。', example: '5' }),
    theme: c.oneOf(QUESTION_THEMES, { title_zh: '主题', description: 'The group of questions it is shown under: document (what the text is), support (what help it commits), people (whom it names and what jobs it aims at), responsibility (who leads, how it is checked).', description_zh: '问题所属的组：document（文件本身）、support（承诺何种支持）、people（点名的群体与就业目标）、responsibility（谁牵头、如何检查）。', example: 'support' }),
    multiple: c.boolean({ title_zh: '可多选', description: 'true when a place may have several answers at once (the groups it names).', description_zh: '一个地方可同时有多个答案时为 true（如点名的多个群体）。', example: 'false' }),
    question_en: c.text({ title_zh: '问题（英文）', description: 'The question as the page asks it, in English.', description_zh: '页面上的问法，英文。', example: 'Does it offer start-up guarantee loans?' }),
    question_zh: c.text({ title_zh: '问题（中文）', description: 'The question in Chinese.', description_zh: '页面上的问法，中文。', example: '是否提供创业担保贷款？' }),
    definition_en: c.text({ title_zh: '定义（英文）', description: 'What counts, in plain English, as the compare page shows it (the rule says which columns it reads).', description_zh: '计入标准，英文，即对照页所示（规则本身说明读取哪些列）。', example: 'An item coded with the instrument guarantee…' }),
    definition_zh: c.text({ title_zh: '定义（中文）', description: 'What counts, in Chinese.', description_zh: '计入标准，中文。', example: '条目的政策工具含 guarantee……' }),
    rule: c.oneOf(ANSWER_RULES, { title_zh: '推导规则', description: 'The named function that derives every place’s answer (scripts/derive/answers/rules.ts), each tested on small rows.', description_zh: '推导各地答案的函数名（scripts/derive/answers/rules.ts），每个函数都以小样本测试。', example: 'guaranteeLoans' }),
  }),
});
