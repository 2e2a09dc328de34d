// The methodology page's prose, in both languages. Lists (themes, corrections, furniture) come from data and code.
import type { Lang } from './strings.ts';

interface Section { id: string; title: string; paragraphs: string[] }

const en: Section[] = [
  { id: 'sources', title: 'The five texts', paragraphs: [
    'The texts were collected from public government web pages and are kept exactly as found in data/sources/raw/. Everything the site shows is derived from them by script, so every change is visible and repeatable.',
    'Cleaning removes web-page furniture (the lines listed below), removes the pinyin glosses printed after hundreds of characters in the Panshan text (創(chuàng) → 創), applies the corrections listed below (each matched verbatim, exactly once), and converts Panshan’s traditional characters to simplified with OpenCC. Paragraph breaks are kept. A span we could not repair with confidence is not guessed: it is kept and marked 〔like this〕, and pages flag it.',
  ] },
  { id: 'coding', title: 'How items and figures were coded', paragraphs: [
    'Every numbered action item of each document is a row of measures.csv, with goal paragraphs, safeguards and work phases on top, its full text pinned by character offsets into the clean text. Each item has one to three themes (the first is primary), the policy instruments it uses, and the units made responsible, as written.',
    'Every amount in a text is either a row of targets.csv or listed in ignored-figures.csv with a reason (a name or slogan, a section or document number, a date, a definition, a denominator). A scanner finds every amount and the build fails if one is neither. Each figure keeps its words as written (value_text), its numeric reading, 万 and 亿 multiplied out, a comparator (以上 → at least, 左右 → about, 以内 → at most), the years it covers, its measure (new during the period, in place at the end, a running total, per year, a share or a policy term, read from the cue words of its clause), its scope (the whole place, or one programme, fund or campaign, with the deciding words quoted) and its definition: what exactly it counts, and of whom.',
    'Kinds: a target is a commitment; an outcome is a result reported as achieved (all of Panshan’s report); a budget is money set aside; a rule is a policy parameter such as a subsidy per person. Amounts per person or per firm are never added up.',
  ] },
  { id: 'comparison', title: 'How places are compared', paragraphs: [
    'Comparison charts draw only like with like: one headline target per place, of the same definition, the same measure and the whole place, and only where at least two places have one. Every other figure of the same family is listed under the chart with the reason it is not compared: it counts something else, it is an amount per person or per unit, it is measured differently, it covers one programme, it is part of another total, its period is not stated, it is not the place’s headline, or (per resident) the place has no census population. Reported outcomes and budgets are shown apart, never mixed with promises.',
    'Views follow the measure: amounts new during the period can be read as they are, per 10,000 residents and per 10,000 residents per year of the period (inclusive); stocks, running totals and amounts per year as they are and per 10,000 residents; shares only as they are. Per-resident views divide by the 2020 census resident population, and leave out places without one. Figures whose period is inferred are marked.',
    'The “how concrete” chart counts, for each document, the share of its numbered action items that have a figure, a deadline (a date in the item, or a figure with an end year, even one taken from the document’s own period), a named lead unit, and money (a figure in yuan).',
  ] },
  { id: 'caveats', title: 'Caveats', paragraphs: [
    'The five places differ by two orders of magnitude, from a county of 272,300 registered residents to an autonomous region of 23.6 million people; per-capita views help but do not make them alike.',
    'The documents cover different periods (one year to five) and the populations come from different years and definitions (resident, registered or total), each stated where it is used. Xianning’s and Panshan’s periods and dates are inferred; Yuetang’s date is inferred from its title.',
    'Panshan’s text is a report of what was done, not a plan: its figures are outcomes and budgets, so it rarely appears in the comparison of promises.',
  ] },
  { id: 'errors', title: 'How to report an error', paragraphs: [
    'Every figure links to its sentence in the text. If a figure, a date or a translation is wrong, tell us which (the target_id or measure_id in the tables helps) and what the text says. Corrections are made in the CSV files, listed in data/CHANGELOG.md, and published as a new dated version.',
  ] },
  { id: 'licence', title: 'Licence and citation', paragraphs: [
    'The curated data is licensed under CC BY 4.0; the code under MIT. The source texts are official documents published for the public. Please cite: Shuangchuang Compare (双创对照), dataset version shown on the Data page.',
  ] },
];

const zh: Section[] = [
  { id: 'sources', title: '五份文本', paragraphs: [
    '文本收集自政府公开网页,原样保存在 data/sources/raw/。网站展示的一切都由脚本从原文生成,每一处改动都可见、可重复。',
    '清洗步骤:删除网页附属内容(见下表),删除盘山文本中数百处汉字后的拼音注音(創(chuàng) → 創),逐条应用下列更正(每条须在原文中恰好匹配一次),再用 OpenCC 将盘山文本由繁体转为简体。段落换行保留。无法有把握修复的片段不作猜测:原样保留并以〔这样〕标出,页面会提示。',
  ] },
  { id: 'coding', title: '条目与数字如何编码', paragraphs: [
    '每份文件的每个编号行动条目都是 measures.csv 的一行,另加目标段落、保障措施和工作步骤;条目全文以字符位置固定在清洗后的文本中。每个条目有一至三个主题(第一个为主要主题)、所用政策工具,以及原文所列的责任单位。',
    '文本中的每个数量,要么是 targets.csv 的一行,要么列入 ignored-figures.csv 并注明理由(名称或口号、条款或文号、日期、定义、分母)。扫描程序会找出每个数量,任何一个未处理都会使构建失败。每个数字保留原文写法(value_text)、数值、乘出“万”“亿”后的基数、比较符(以上 → 不少于,左右 → 约,以内 → 不超过)、覆盖年份、计量方式（期内新增、期末存量、累计总量、每年的量、比例或政策标准，依所在分句的提示词判定）、范围（全辖区，或某一计划、资金、专项行动，并引用起决定作用的原文）以及统计口径（确切统计什么、统计谁）。',
    '类别:目标是承诺;成果是报告已实现的结果(盘山的报告均属此类);预算是安排的资金;政策标准是诸如每人补贴额之类的参数。按人或按户计的金额从不相加。',
  ] },
  { id: 'comparison', title: '如何比较各地', paragraphs: [
    '对比图只比较同类：每地一条主要目标，统计口径相同、计量方式相同、范围为全辖区，且至少两地都有时才绘制。同类中的其他数字列于图下，并说明不作比较的原因：统计内容不同、按人或按单位计的金额、计量方式不同、只涉及单项计划、属于另一总数的一部分、未载明期限、并非该地的主要承诺，或（人均视图）该地没有人口普查数据。已报告的成果和预算单独列出，不与承诺混在一起。',
    '视图随计量方式而定：期内新增的数字可看绝对数、每万名居民、每万名居民每年（按期限年数含首尾计）；存量、累计总量和每年的量可看绝对数和每万名居民；比例只看绝对数。人均视图除以2020年人口普查的常住人口，没有普查数据的地方不列入。期限为推断的数字会标出。',
    '“方案有多具体”图统计每份文件的编号行动条目中,写明数字、时限(条目中有日期,或数字有截止年,包括取自文件本身期限的截止年)、牵头单位和资金(以元计的数字)的比例。',
  ] },
  { id: 'caveats', title: '注意事项', paragraphs: [
    '五个地方的规模相差两个数量级,从户籍人口27.23万的县到2360万人口的自治区;人均视图有帮助,但不能使它们真正可比。',
    '各文件覆盖的期限不同(一年至五年),人口数据的年份和口径(常住、户籍或总人口)也不同,使用处均已注明。咸宁和盘山的期限和日期为推断;岳塘的日期由标题推断。',
    '盘山的文本是落实情况报告而非方案:其数字是成果和预算,因此很少出现在承诺的对比中。',
  ] },
  { id: 'errors', title: '如何报告错误', paragraphs: [
    '每个数字都链接到原文中的句子。如发现数字、日期或翻译有误,请告诉我们是哪一个(表中的 target_id 或 measure_id 会有帮助)以及原文怎么写。更正在 CSV 文件中进行,记入 data/CHANGELOG.md,并以新的日期版本发布。',
  ] },
  { id: 'licence', title: '许可与引用', paragraphs: [
    '整理后的数据采用 CC BY 4.0 许可,代码采用 MIT 许可。原始文本为公开发布的政府文件。引用格式:双创对照(Shuangchuang Compare),数据版本见“数据”页。',
  ] },
];

export const about: Record<Lang, Section[]> = { en, zh };
