import { z } from 'zod';
import { defineTable } from './table.ts';
import * as c from './columns.ts';
import { INSTRUMENTS, INSTRUMENT_GROUPS, TOOL_GROUPS } from './vocabulary.ts';

export const instruments = defineTable({
  name: 'instruments',
  file: 'instruments.csv',
  title: 'Policy instruments by kind',
  description: 'What kind of help each policy instrument of measures.csv gives (money, space, training, rules or services), and which kind of policy tool it is (supply, environment or demand). Every instrument has exactly one row.',
  title_zh: '政策工具分类',
  description_zh: 'measures.csv 中每种政策工具提供何种支持（资金、场地、培训、规则或服务），以及属于哪类政策工具（供给型、环境型或需求型）。每种工具恰有一行。',
  key: ['instrument'],
  schema: z.strictObject({
    instrument: c.oneOf(INSTRUMENTS, { title_zh: '政策工具', description: 'The instrument code, as measures.csv writes it.', description_zh: '工具代码，与 measures.csv 的写法相同。', example: 'loan' }),
    group: c.oneOf(INSTRUMENT_GROUPS, { title_zh: '支持类别', description: 'The kind of help it gives: money (funds, subsidies, tax relief, loans, guarantees, equity, awards, purchases), space (premises and land), training (courses and events), rules (regulation and evaluation) or services (platforms, publicity, coordination).', description_zh: '所提供支持的类别：money（资金、补贴、税收优惠、贷款、担保、股权、奖励、采购）、space（场地与土地）、training（培训与活动）、rules（规章与考评）或 services（平台、宣传、协调）。', example: 'money' }),
    reason_en: c.text({ title_zh: '理由（英文）', description: 'Why the instrument is of this kind, in English.', description_zh: '归入此类的理由，英文。', example: 'A loan is money lent to a firm.' }),
    reason_zh: c.text({ title_zh: '理由（中文）', description: 'Why the instrument is of this kind, in Chinese.', description_zh: '归入此类的理由，中文。', example: '贷款是借给企业的资金。' }),
    tool_group: c.oneOf(TOOL_GROUPS, { title_zh: '工具类型', description: 'The kind of policy tool after Rothwell and Zegveld: supply (the government provides what start-ups need: money, premises, training, services), environment (it changes the conditions they work in: finance, tax, rules, targets, climate) or demand (it buys from them).', description_zh: '按 Rothwell 与 Zegveld 的政策工具分类：supply（供给型：政府直接提供创业所需的资金、场地、培训、服务）、environment（环境型：改变其经营条件：金融、税收、规章、目标、氛围）或 demand（需求型：政府向其购买）。', example: 'environment' }),
    tool_reason_en: c.text({ title_zh: '工具类型理由（英文）', description: 'Why the instrument is a tool of this kind, in English.', description_zh: '归入该工具类型的理由，英文。', example: 'A loan changes the financial conditions firms work in.' }),
    tool_reason_zh: c.text({ title_zh: '工具类型理由（中文）', description: 'Why the instrument is a tool of this kind, in Chinese.', description_zh: '归入该工具类型的理由，中文。', example: '贷款改变企业所处的金融条件。' }),
  }),
});
