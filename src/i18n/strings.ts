// Every piece of interface text, in both languages. Data text comes from the tables' _zh/_en columns.
export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

const en = {
  siteName: 'Shuangchuang Compare',
  siteTagline: 'What five Chinese places promised for mass entrepreneurship and innovation, side by side',
  navHome: 'Overview', navCompare: 'Compare', navThemes: 'Themes', navDepartments: 'Who is responsible', navData: 'Data', navAbout: 'About', navSearch: 'Search',
  switchLanguage: '中文', switchLanguageLabel: 'Read this page in Chinese',
  skipToContent: 'Skip to content',
  views: { absolute: 'Absolute', capita: 'Per 10,000 residents', capita_year: 'Per 10,000 residents per year' },
  viewsLabel: 'View',
  noTarget: 'no target', inferred: 'period inferred', inferredShort: '* period inferred',
  showTable: 'Show the numbers as a table', downloadCsv: 'Download CSV', embed: 'Embed', downloadSvg: 'Download SVG', downloadPng: 'Download PNG',
  source: 'Source', sourceLine: 'Source: the five documents, coded by Shuangchuang Compare',
  units: 'Units',
  place: 'Place', value: 'Value', asWritten: 'As written', comparator: 'Comparator', basis: 'Basis', period: 'Period', population: 'Population used',
  figures: 'figures', figure: 'Figure', kind: 'Kind', metric: 'Metric', item: 'Item', quote: 'Quote', notes: 'Notes', theme: 'Theme', themes: 'Themes',
  leadUnits: 'Lead units', partnerUnits: 'Partner units', section: 'Section', count: 'Count', items: 'Items',
  criteria: { figure: 'has a figure', deadline: 'has a deadline', lead_unit: 'names a lead unit', money: 'involves money' },
  shareOfActions: 'Share of action items',
  kinds: { target: 'target', outcome: 'reported outcome', budget: 'budget', rule: 'policy rule' },
  docTypes: { plan: 'plan', report: 'report of results' },
  levels: { district: 'district', county: 'county', prefecture_city: 'prefecture-level city', autonomous_region: 'autonomous region' },
  populationKinds: { resident: 'resident', registered: 'registered', total: 'total' },
  bases: { level: 'level to reach', total: 'total over the period', per_year: 'per year' },
  yes: 'yes', no: 'no', unknown: 'unknown', inferredTag: 'inferred',
  baseUnits: { cny: 'yuan', person: 'people', person_time: 'person-times', entity: 'firms or entities', facility: 'facilities', project: 'projects', event: 'events', m2: 'm²', percent: '%', ratio: 'ratio', count: 'count', year: 'years', month: 'months', day: 'days' },
  perTenThousand: 'per 10,000 residents', perTenThousandYear: 'per 10,000 residents per year',
  criterion: 'Criterion', actionItems: 'Action items', share: 'Share', years: 'years', periodStart: 'First year', periodEnd: 'Last year', type: 'Type',
  departmentKinds: {
    government_office: 'Government offices', development_reform: 'Development and reform', human_resources: 'Human resources and social security', finance: 'Finance',
    science_technology: 'Science and technology', industry_it: 'Industry and information technology', commerce: 'Commerce and investment', market_regulation: 'Market regulation',
    education: 'Education', tax: 'Tax', financial_regulation: 'Banking and financial regulation', natural_resources: 'Natural resources and land', agriculture: 'Agriculture and forestry',
    publicity: 'Publicity and culture', mass_organisations: 'Mass organisations (youth league, women, unions…)', parks_and_zones: 'Parks and development zones', local_governments: 'Lower-level governments', other: 'Other',
  },
  findings: {
    mostPromised: (metric: string, place: string) => `${metric}: ${place} promised the most`,
    comparisonSubtitle: (withTarget: number, without: number) => `Headline targets of ${withTarget} places; ${without} set none for this metric.`,
    mostConcrete: (place: string, pct: number) => `${place} put a figure on ${pct}% of its action items, the most of the five`,
    concretenessSubtitle: 'Share of each document’s numbered action items that have a figure, a deadline, a named lead unit, or money attached.',
    timeline: (from: number, to: number) => `The five documents span ${from} to ${to}, from a one-year plan to a five-year one`,
    timelineSubtitle: 'Years each document covers, inclusive; lighter bars are periods we inferred.',
    topTheme: (place: string, theme: string) => `${place}’s items are most often about ${theme.toLowerCase()}`,
    themesSubtitle: (n: number) => `${n} items, each counted under its primary theme.`,
    themeLeader: (theme: string, place: string, n: number) => `${theme}: ${place} has the most items (${n})`,
    themeSubtitle: 'Items that touch this theme, per place.',
    departments: (kind: string) => `${kind} lead more items than any other kind of department`,
    departmentsSubtitle: 'Items per kind of responsible unit and place; an item counts once per kind it names.',
  },
  home: {
    title: 'Five places, one campaign',
    lede: 'In 2015–2021 governments at every level in China published plans for “mass entrepreneurship and innovation”. Here are five of them, from a county to an autonomous region, coded figure by figure so that what each place committed to can be compared honestly.',
    headline: 'What they promised', headlineNote: 'Only headline targets of metrics that at least two places set are drawn. Budgets and reported results are shown apart.',
    concrete: 'How concrete are the plans?', timeline: 'The periods they cover', places: 'The five places',
  },
  region: {
    facts: 'The document', figures: 'Every figure', itemsByTheme: 'Items by theme', text: 'The text', rawText: 'Raw text as collected', corrections: 'Corrections made',
    issuer: 'Issued by', issued: 'Date', type: 'Type', damaged: 'damaged span, kept as found', repaired: 'repaired span',
    notStated: 'not stated in the text', sortHint: 'Select a column heading to sort.', itemsChart: 'Items per theme',
  },
  themePage: { saysNothing: 'Says nothing on this theme.', itemsPerPlace: 'Items per place', figures: 'Figures' },
  compare: {
    title: 'Compare places', pickPlaces: 'Places (choose 2 to 5)', pickMetric: 'Metric', reported: 'Reported separately (outcomes and budgets, not promises)',
    needTwo: 'Choose at least two places.',
  },
  departments: { title: 'Who is made responsible', lede: 'Every unit a document names as responsible for an item, grouped into comparable kinds.', chart: 'Items led, by kind of department', asWritten: 'Unit as written', inEnglish: 'In English', leads: 'Items it leads', partners: 'Items it supports' },
  about: { title: 'About the data and methods', contents: 'Contents', taxonomy: 'The themes', furniture: 'Web-page furniture removed', raw: 'As found', replacement: 'Replaced by', confidence: 'Confidence' },
  footer: 'Data CC BY 4.0. Texts are official documents published for the public.',
  searchPlaceholder: 'Search items, figures, sentences',
} as const;

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };
type Strings = Widen<typeof en>;

const zh: Strings = {
  siteName: '双创对照',
  siteTagline: '五个地方在“大众创业、万众创新”中许下的承诺,并排对照',
  navHome: '概览', navCompare: '对比', navThemes: '主题', navDepartments: '责任单位', navData: '数据', navAbout: '关于', navSearch: '搜索',
  switchLanguage: 'English', switchLanguageLabel: '阅读本页英文版',
  skipToContent: '跳到正文',
  views: { absolute: '绝对数', capita: '每万名居民', capita_year: '每万名居民每年' },
  viewsLabel: '视图',
  noTarget: '无目标', inferred: '期限为推断', inferredShort: '* 期限为推断',
  showTable: '以表格显示数字', downloadCsv: '下载 CSV', embed: '嵌入', downloadSvg: '下载 SVG', downloadPng: '下载 PNG',
  source: '来源', sourceLine: '来源:五份文件,双创对照编码',
  units: '单位',
  place: '地方', value: '数值', asWritten: '原文', comparator: '比较符', basis: '口径', period: '期限', population: '所用人口',
  figures: '个数字', figure: '数字', kind: '类别', metric: '指标', item: '条目', quote: '引文', notes: '说明', theme: '主题', themes: '主题',
  leadUnits: '牵头/责任单位', partnerUnits: '配合单位', section: '条款', count: '数量', items: '条目',
  criteria: { figure: '有具体数字', deadline: '有时限', lead_unit: '有责任单位', money: '涉及资金' },
  shareOfActions: '占行动条目的比例',
  kinds: { target: '目标', outcome: '已报告成果', budget: '预算', rule: '政策标准' },
  docTypes: { plan: '方案', report: '落实情况报告' },
  levels: { district: '区', county: '县', prefecture_city: '地级市', autonomous_region: '自治区' },
  populationKinds: { resident: '常住人口', registered: '户籍人口', total: '总人口' },
  bases: { level: '达到的水平', total: '期内累计', per_year: '每年' },
  yes: '是', no: '否', unknown: '不详', inferredTag: '推断',
  baseUnits: { cny: '元', person: '人', person_time: '人次', entity: '家/户', facility: '个', project: '项', event: '次', m2: '平方米', percent: '%', ratio: '比例', count: '个', year: '年', month: '月', day: '天' },
  perTenThousand: '每万名居民', perTenThousandYear: '每万名居民每年',
  criterion: '标准', actionItems: '行动条目', share: '比例', years: '年', periodStart: '起始年', periodEnd: '截止年', type: '类型',
  departmentKinds: {
    government_office: '政府办公与服务机构', development_reform: '发展改革', human_resources: '人力资源和社会保障', finance: '财政',
    science_technology: '科技', industry_it: '工业和信息化', commerce: '商务与投资促进', market_regulation: '市场监管',
    education: '教育', tax: '税务', financial_regulation: '金融与银行监管', natural_resources: '自然资源与国土', agriculture: '农业与林业',
    publicity: '宣传与文化', mass_organisations: '群团组织(共青团、妇联、工会等)', parks_and_zones: '园区与开发区', local_governments: '下级政府', other: '其他',
  },
  findings: {
    mostPromised: (metric: string, place: string) => `${metric}:${place}承诺最多`,
    comparisonSubtitle: (withTarget: number, without: number) => `${withTarget}个地方的主要目标;${without}个地方未就此设定目标。`,
    mostConcrete: (place: string, pct: number) => `${place}有${pct}%的行动条目写明了具体数字,五地中最高`,
    concretenessSubtitle: '各文件编号行动条目中,写明数字、时限、牵头单位或涉及资金的比例。',
    timeline: (from: number, to: number) => `五份文件覆盖${from}年至${to}年,从一年期方案到五年期方案`,
    timelineSubtitle: '各文件覆盖的年份(含首尾);浅色为推断的期限。',
    topTheme: (place: string, theme: string) => `${place}的条目最常涉及${theme}`,
    themesSubtitle: (n: number) => `共${n}个条目,按主要主题计数。`,
    themeLeader: (theme: string, place: string, n: number) => `${theme}:${place}的条目最多(${n}个)`,
    themeSubtitle: '各地涉及这一主题的条目数。',
    departments: (kind: string) => `${kind}牵头的条目多于其他任何类别的部门`,
    departmentsSubtitle: '按责任单位类别和地方统计的条目数;一个条目对每个类别只计一次。',
  },
  home: {
    title: '五个地方,一场运动',
    lede: '2015—2021年,中国各级政府纷纷出台“大众创业、万众创新”方案。这里收录其中五份,从县到自治区,逐个数字编码,以便如实比较各地的承诺。',
    headline: '各地承诺了什么', headlineNote: '只绘制至少两地都设定了的指标的主要目标。预算和已报告成果单独列出。',
    concrete: '方案有多具体?', timeline: '方案覆盖的期限', places: '五个地方',
  },
  region: {
    facts: '文件信息', figures: '全部数字', itemsByTheme: '按主题分列的条目', text: '全文', rawText: '收集到的原始文本', corrections: '所作更正',
    issuer: '发文单位', issued: '日期', type: '类型', damaged: '受损片段,按原样保留', repaired: '已修复片段',
    notStated: '文中未载明', sortHint: '点击列标题可排序。', itemsChart: '各主题条目数',
  },
  themePage: { saysNothing: '未涉及这一主题。', itemsPerPlace: '各地条目数', figures: '数字' },
  compare: {
    title: '地方对比', pickPlaces: '地方(选2至5个)', pickMetric: '指标', reported: '单独列出(成果与预算,并非承诺)',
    needTwo: '请至少选择两个地方。',
  },
  departments: { title: '谁来负责', lede: '各文件为每个条目指定的责任单位,归并为可比较的类别。', chart: '各类部门牵头的条目数', asWritten: '原文单位名称', inEnglish: '英文', leads: '牵头条目数', partners: '配合条目数' },
  about: { title: '关于数据与方法', contents: '目录', taxonomy: '主题分类', furniture: '删除的网页附属内容', raw: '原文', replacement: '替换为', confidence: '把握程度' },
  footer: '数据采用 CC BY 4.0 许可。文本为公开发布的政府文件。',
  searchPlaceholder: '搜索条目、数字、句子',
};

export const strings: Record<Lang, Strings> = { en: en as unknown as Strings, zh };
export const t = (lang: Lang) => strings[lang];

/** The text of a bilingual column: row[`${field}_en`] or row[`${field}_zh`]. */
export function pick<T extends object>(row: T, field: string, lang: Lang): string {
  const r = row as Record<string, unknown>;
  return String(r[`${field}_${lang}`] ?? r[`${field}_zh`] ?? '');
}
