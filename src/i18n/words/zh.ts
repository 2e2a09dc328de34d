// Interface words in simplified Chinese, with full-width punctuation and Chinese numerals for counts.
import type { Words } from './en.ts';
import type { AboutFacts, PlaceSize, Section } from './shape.ts';
import { formatNumber } from '../../charts/format.ts';
import { localeOf } from '../locales.ts';

const DIGITS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A count before a measure word as Chinese prose writes it (两个, 五份): 一 to 十 in characters, numerals above (12, 3万). */
const count = (n: number) => DIGITS[n] ?? formatNumber(n, localeOf('zh'));
/** A rank after 第: 二, not the 两 of a count. */
const ordinal = (n: number) => (n === 2 ? '二' : count(n));
const sized = (p: PlaceSize) => `${p.name}（${p.year}年${p.kind}${p.population}）`;

const zh: Words = {
  languageName: '中文', readThisPage: '阅读本页中文版',
  countWord: count,
  siteName: '双创对照',
  siteTagline: (places: number) => `${count(places)}个地方在“大众创业、万众创新”中许下的承诺，并排对照`,
  navHome: '概览', navCompare: '对比', navThemes: '主题', navDepartments: '责任单位', navData: '数据', navAbout: '关于', navSearch: '搜索',
  switchLanguageLabel: '其他语言',
  /** Between the names of a list (A, B and C). */
  listSeparator: '、',
  /** A document whose collected copy stops short of the published text (documents.csv incomplete_at). */
  incompleteText: {
    label: '所收集文本',
    note: '不完整：我们收集到的副本未能收全原文，止于',
    atEnd: '所收集的文本到此为止：原文其余部分不在我们的副本中。',
  },
  receipt: {
    open: '原句与出处', curatorNotes: '整理者注释（英文，含数据代码）：', figureTitle: (id: string) => `数字 ${id}`, itemTitle: (id: string) => `条目 ${id}`,
    asWritten: '原文写法', asCoded: '编码结果', inContext: '原文语境', contextNote: '包含该数字的句子及其前后各一句；高亮部分为编码的文字。',
    offsets: '在清理后文本中的位置', document: '文件', release: '数据版本', compared: '是否比较', changes: '与早前版本相比的改动', noChanges: '无：与首次发布时相同。',
    allRows: '该表每一行', cite: '引用', citeRelative: '引用中的地址从网站根目录开始：请在前面加上您正在浏览的网站的地址。',
    drawn: (places: number) => `是：与另外${count(places - 1)}个统计口径、计量方式和范围都相同的地方并列绘制。`,
    notCompared: '否：列在比较图下方，不作比较，原因是',
    noComparison: '否：没有其他地方就同一口径设定可比的主要目标。',
    seeComparison: '查看比较', onPlacePage: '在该地页面查看', item: '条目', figuresInItem: '本条目中的数字', themes: '主题', instruments: '政策工具', leadUnits: '牵头单位',
    value: '数值', unit: '原文单位', baseUnit: '单位', headline: '该口径的主要数字', partOf: '属于',
    yes: '是', no: '否', kinds: { correction: '更正', recoding: '重新编码', reanchoring: '重新定位' },
    withdrawnTitle: (id: string) => `数字或条目 ${id}：已撤回`,
    withdrawnText: (last: string, removed: string) => `曾在 ${last} 及更早的版本中发布；在 ${removed} 版本中撤回。`,
    noReason: '撤回时未记录理由。',
    quoteCard: '以引文卡片嵌入此数字',
    itemTypes: { goal: '总体目标', action: '编号的行动条目', safeguard: '保障措施', phase: '工作步骤' },
  },
  report: {
    link: '报告错误', title: '报告错误',
    lede: '发现数字错误、译文错误或页面故障？请把您发现的问题告诉我们。',
    send: '请提供：页面地址、数字或条目的编号（例如 yuetang-2016-t001）、页面上显示的数据版本、错误之处，以及正确内容的出处（原文中的句子或链接）。',
    none: '本网站暂无报告表单或邮箱。请把上述信息发给网站的发布者：每一处更正都会在新的日期版本中发布，并附上理由。',
    subject: (what: string) => `双创对照错误报告：${what}`,
  },
  api: {
    heading: 'API：每张表、每个数字和条目的 JSON',
    lede: (version: string) => `数据版本 ${version} 的静态 JSON 文件，位于 /api/v1/（版本1期间地址不变）。各文件的字段列于下方；各表的字段即数据字典所列字段。`,
    file: '文件', fields: '字段', tables: '一张表的每一行（列表）', figure: '一个数字：其行、出处页、是否比较、改动', item: '一个条目：其行、出处页、其中的数字、改动', comparisons: '每一项同类比较', index: '数据版本及文件列表',
    snippets: '用 Python（pandas）、R 或 JavaScript 读取', relative: '以下地址从网站根目录开始：请在每个地址前加上您正在浏览的网站的地址。',
  },
  releases: {
    heading: '可逐字节核验的版本', current: '本版本',
    checkNote: '每个版本都附有 manifest.json（压缩包内每个文件以及压缩包本身的字节数和 SHA-256）和 SHA256SUMS：把它们与压缩包放在同一文件夹，运行 sha256sum -c SHA256SUMS 即可核验。',
    earlier: '早前发布的版本（原样保存）', citationFiles: '引用元数据',
    cff: '供 GitHub 和文献管理软件使用', zenodo: '供在 Zenodo 存档使用',
    history: '每一处改动的记录', changesJson: '每个版本中每一处改动及其理由',
    feed: '仅列更正，每个更正的单元格一条（Atom 订阅源）',
    noFeed: '本网站没有更正订阅源；每一处更正及其理由都列在 changes.json 中。',
  },
  notFound: { title: '页面不存在', lede: '此地址没有页面。页面可能已移动，或链接有误。', home: '首页：各地并列对照', search: '搜索所有条目、数字和句子', data: '下载数据' },
  withdrawn: {
    title: '此图表已撤下',
    text: (release: string) => `它把统计内容或计量方式不同的数字当作同类并列。数据${release}版只比较同类。`,
    link: '查看成立的比较',
  },
  glossary: {
    title: '政策术语表',
    lede: '文件中的政策术语在本站的统一英文译法、含义，以及各地文本中使用该术语的条目。',
    unused: '各文本中没有条目使用该术语。',
  },
  skipToContent: '跳到正文',
  views: { absolute: '绝对数', capita: '每万名居民', capita_year: '每万名居民每年' },
  viewsLabel: '视图',
  confidence: { high: '高', medium: '中', low: '低（仅标记，未修复）' },
  headlineTag: '主要目标', noTarget: '无目标', notCompared: '不作比较（见下）', inferred: '期限为推断', inferredShort: '* 期限为推断',
  showTable: '以表格显示数字', downloadCsv: '下载 CSV', embed: '嵌入', downloadSvg: '下载 SVG', downloadPng: '下载 PNG',
  source: '来源', sourceLine: (documents: number) => `来源：${count(documents)}份文件，双创对照编码`,
  units: '单位',
  place: '地方', value: '数值', asWritten: '原文', comparator: '比较符', period: '期限', population: '所用人口', censusPopulation: '普查人口（2020年）',
  figures: '个数字', figure: '数字', kind: '类别', metric: '指标', item: '条目', quote: '引文', notes: '说明', theme: '主题', themes: '主题',
  leadUnits: '牵头/责任单位', partnerUnits: '配合单位', section: '条款', count: '数量', items: '条目',
  criteria: { figure: '有具体数字', deadline: '有时限', lead_unit: '有责任单位', money: '涉及资金' },
  shareOfActions: '占行动条目的比例',
  kinds: { target: '目标', outcome: '已报告成果', budget: '预算', rule: '政策标准' },
  docTypes: { plan: '方案', report: '落实情况报告' },
  levels: { district: '区', county: '县', prefecture_city: '地级市', autonomous_region: '自治区' },
  instrumentGroups: { money: '资金', space: '场地', training: '培训', rules: '规则', services: '服务' },
  placeTable: { level: '行政级别', population: '人口', kind: '人口口径', year: '年份', verified: '已与普查公报核对', source: '来源：人口数取自 regions.csv，各附出处（已核实者为人口普查公报）；行政级别按公开资料' },
  populationKinds: { resident: '常住人口', registered: '户籍人口', total: '总人口' },
  measures: { new_in_period: '期内新增', stock_at_end: '期末存量', cumulative: '累计总量', per_period: '每年（或每半年、每季度）', share: '比例', parameter: '政策标准' },
  scopes: { whole_place: '全辖区', programme: '单项计划' },
  reasons: {
    different_definition: '统计口径不同', per_unit_amount: '按人或按单位计的金额', different_measure: '计量方式不同',
    programme_scope: '只涉及单项计划，并非全辖区', part_of_total: '属于另一总数的一部分', period_not_stated: '未载明期限',
    not_headline: '并非该地的主要承诺', no_census_population: '无经核实的人口普查数据',
  },
  viewPhrase: { absolute: '', capita: '（每万名居民）', capita_year: '（每万名居民每年）' },
  comparatorKeys: { gte: '≥ 不少于', gt: '> 超过', lte: '≤ 不超过', lt: '< 少于', approx: '≈ 约' },
  amounts: {
    comparators: { eq: '{n}', gte: '不少于{n}', gt: '超过{n}', lte: '不超过{n}', lt: '少于{n}', approx: '约{n}', range: '{n}' },
    range: '{from}至{to}',
    counterAsWritten: true,
    units: {
      cny: { one: '{n}元', other: '{n}元' }, person: { one: '{n}人', other: '{n}人' }, person_time: { one: '{n}人次', other: '{n}人次' }, entity: { one: '{n}家', other: '{n}家' }, facility: { one: '{n}个', other: '{n}个' },
      project: { one: '{n}个', other: '{n}个' }, event: { one: '{n}次', other: '{n}次' }, m2: { one: '{n}平方米', other: '{n}平方米' }, percent: { one: '{n}%', other: '{n}%' }, ratio: { one: '{n}:1', other: '{n}:1' }, count: { one: '{n}', other: '{n}' },
      year: { one: '{n}年', other: '{n}年' }, month: { one: '{n}个月', other: '{n}个月' }, day: { one: '{n}天', other: '{n}天' },
    },
    // Large numbers are written in 万 and 亿 by the locale's number format (locales.ts: writing).
    scaled: [],
    scales: [],
    per: {
      person: '每人{n}', entity: '每家{n}', project: '每个项目{n}', year: '每年{n}', half_year: '每半年{n}', quarter: '每季度{n}',
      facility: '每个{n}', event: '每次{n}', unit: '每个{n}', household: '每户{n}', month: '每月{n}',
    },
    spell: () => undefined,
  },
  inferredKey: '* 期限为推断（虚线框）',
  notComparedHeading: '本类中不作比较的数字及原因', inChart: '是否绘入图表', reason: '不作比较的原因', definition: '统计口径', measure: '计量方式', scope: '范围',
  yes: '是', no: '否', unknown: '不详', inferredTag: '推断',
  baseUnits: { cny: '元', person: '人', person_time: '人次', entity: '家/户', facility: '个', project: '项', event: '次', m2: '平方米', percent: '%', ratio: '比例', count: '个', year: '年', month: '月', day: '天' },
  perTenThousand: '每万名居民', perTenThousandYear: '每万名居民每年',
  unitPer: (unit: string, per: string) => `${per}（${unit}）`,
  criterion: '标准', actionItems: '行动条目', share: '比例', years: '年', periodStart: '起始年', periodEnd: '截止年', type: '类型',
  departmentKinds: {
    government_office: '政府办公与服务机构', development_reform: '发展改革', human_resources: '人力资源和社会保障', finance: '财政',
    science_technology: '科技', industry_it: '工业和信息化', commerce: '商务与投资促进', market_regulation: '市场监管',
    education: '教育', tax: '税务', financial_regulation: '金融与银行监管', natural_resources: '自然资源与国土', agriculture: '农业与林业',
    publicity: '宣传与文化', mass_organisations: '群团组织（共青团、妇联、工会等）', parks_and_zones: '园区与开发区', local_governments: '下级政府', other: '其他',
  },
  findings: {
    mostPromised: (what: string, places: string) => `${what}：${places}承诺最多`,
    similar: (what: string) => `${what}：各地承诺相近`,
    onlyOne: (what: string, place: string) => `${what}：只有${place}有可比数字`,
    noneComparable: (what: string) => `${what}：没有可比数字`,
    and: (a: string, b: string) => `${a}和${b}`,
    similarNote: (ratio: number) => `“相近”：最大值不超过最小值的${count(ratio)}倍。`,
    viewLeader: (view: string, places: string) => `${view}，${places}承诺最多。`,
    viewSimilar: (view: string) => `${view}，各地承诺相近。`,
    comparisonSubtitle: (drawn: number, measure: string) => `${count(drawn)}个地方针对全辖区的主要目标，计量方式均为“${measure}”。`,
    notComparedCount: (n: number) => `本类另有${count(n)}个数字列于图下，不作比较。`,
    placeScale: (large: string, small: string, ratio: number) => `${large}的人口约为${small}的${count(ratio)}倍`,
    placeScaleSubtitle: '按人口把各地放在同一条轴上，从县到自治区。坐标轴为对数刻度：每一格是前一格的十倍。人口按记录的口径和年份列出，口径和年份各不相同（见表）。',
    populationAxis: '人口（对数刻度）',
    instrumentLead: (place: string, group: string, pct: number) => `${place}有${pct}%的行动条目提供${group}支持，是各地对单一支持方式依赖最重的`,
    instrumentSubtitle: '各文件行动条目中至少使用一种该类政策工具的比例（资金：基金、补贴、税收优惠、贷款、担保、股权、奖励、采购；场地；培训与活动；规则与考评；服务：平台、宣传、协调）。一个条目可使用多类工具。',
    instrumentAxis: '占行动条目的比例',
    mostConcrete: (place: string, pct: number, places: number) => `${place}有${pct}%的行动条目写明了具体数字，${count(places)}地中最高`,
    concretenessSubtitle: '各文件编号行动条目中，写明数字、时限、牵头单位或涉及资金的比例。',
    timeline: (documents: number, from: number, to: number, shortest: number, longest: number) =>
      `${count(documents)}份文件覆盖${from}年至${to}年，${shortest === longest ? `均为${count(shortest)}年期方案` : `从${count(shortest)}年期方案到${count(longest)}年期方案`}`,
    timelineSubtitle: '各文件覆盖的年份（含首尾）；浅色为推断的期限。',
    topTheme: (place: string, theme: string) => `${place}的条目最常涉及${theme}`,
    themesSubtitle: (n: number) => `共${count(n)}个条目，按主要主题计数。`,
    themeLeader: (theme: string, place: string, n: number) => `${theme}：${place}的条目最多（${count(n)}个）`,
    themeSubtitle: '各地涉及这一主题的条目数。',
    departments: (kind: string) => `${kind}牵头的条目多于其他任何类别的部门`,
    departmentsSubtitle: '按责任单位类别和地方统计的条目数；一个条目对每个类别只计一次。',
  },
  home: {
    title: (places: number) => `${count(places)}个地方，一场运动`,
    lede: (places: number) => `2015—2021年，中国各级政府纷纷出台“大众创业、万众创新”方案。这里收录其中${count(places)}份，从县到自治区，逐个数字编码，以便如实比较各地的承诺。`,
    headline: '各地承诺了什么', headlineNote: '只比较同类：每张图为每地绘制一条针对全辖区、统计口径和计量方式相同的主要目标，且至少两地都有时才绘制。同类中的其他数字列于图下并说明不作比较的原因；预算和已报告成果单独列出。',
    concrete: '方案有多具体？', timeline: '方案覆盖的期限', places: (places: number) => `${count(places)}个地方`,
    why: '为什么是这些地方，它们有何不同',
    whyText: (places: number, levels: number) => `这是目前收集并编码的${count(places)}份文本，来自${count(levels)}个行政级别。各地规模相差悬殊，因此只有统计口径和计量方式相同的总量才并列比较，只有人口普查数经过核实的地方才按人均比较。`,
    explore: '浏览',
    exploreLinks: { compare: '就同一指标比较各地', themes: '按主题阅读各地的表述', departments: '查看谁来负责', search: '搜索所有条目、数字和句子', data: '下载数据并引用' },
    instruments: '提供何种支持',
    responsible: '谁来负责',
    moreComparisons: (more: number) => `比较页上还有${count(more)}项比较`,
    placeCounts: (items: number, figures: number, population: string, year: number) => `${count(items)}个条目 · ${count(figures)}个数字 · 所用人口：${population}（${year}年）`,
  },
  // ——— 首页的发现，以及每张图下的读图说明（集中在此：2026.12.06 版新增）———
  howToRead: {
    comparison: '每根条形是一个地方设定的目标，从零画起：条形长一倍，承诺就大一倍；没有同类目标的地方不画条形，只注明原因。',
    placeScale: '每个标记代表一个地方；横轴每进一格都是前一格的十倍，所以相距较远的地方实际相差比看上去更大。',
    instruments: '每一行是一种支持方式，每个标记是一个地方：越靠右，该地提供这种支持的行动条目占比越高。',
    concreteness: '每一行是衡量承诺的一项标准，每个标记是一个地方：越靠右，该地符合这项标准的行动条目越多。',
    timeline: '每根条形从文本覆盖的第一年画到最后一年；上下重叠的条形覆盖相同的年份。',
    regionThemes: '每根条形统计以该主题为主要主题的条目数：最长的条形就是文本谈得最多的内容。',
    theme: '每根条形统计一个地方在这一主题上的条目数：没有条形的地方对此只字未提。',
    departments: '每个方格统计某类部门在一个地方牵头的条目数：颜色越深，条目越多。',
  },
  story: {
    lede: (places: number) => `${count(places)}份“大众创业、万众创新”文本说了什么，逐个数字读来。`,
    sentences: '原句与出处：',
    linkHere: '本项发现的链接',
    wholeText: (place: string) => `${place}报告全文（逐句）`,
    howChosen: '每项发现如何选出、如何核对',
    promisesMost: (leaders: string, tied: boolean, what: string, view: string, places: number) =>
      `在就“${what}”设定同类目标的${count(places)}个地方中，${leaders}${tied ? '并列' : ''}承诺最多${view}。`,
    promisesSimilar: (what: string, view: string, places: number) => `就“${what}”设定同类目标的${count(places)}个地方，承诺的数量相近${view}。`,
    reportDone: (place: string, results: number, figures: number) =>
      `${place}发布的不是方案，而是工作成效报告：其${count(figures)}个数字中有${count(results)}个是已取得的成果，因此都不与其他地方的承诺并列比较。`,
    reportTable: { what: '做了什么', figure: '原文写法' },
    more: '关于这些地方的更多内容',
    rulesTitle: '首页的发现如何选出',
    rulesLede: '首页的每项发现都按书面规则从数据中选出，只有核对条件成立时才发布这句话。规则找不到对象，或核对不成立时，网站不会更新，直到这项发现改写为止。',
    rule: '规则', check: '核对',
    rules: {
      'promises-compared': {
        title: '谁承诺得最多',
        rule: '在各项同类比较中，取图表默认视图下并列地方最多的一项；在该视图中找出承诺最多的地方，并列第一的全部列出；如该比较认为各地数值相近（最大值仅略高于最小值，见图下说明），则说明承诺相近。',
        check: '该视图中至少有两个地方有数值；所列地方恰好是数值最高的地方；它们的数字都是本地设定的目标，而非成果或政策参数，也不是上限（“不超过”）。',
      },
      'report-done': {
        title: '工作报告说做了什么',
        rule: '按地方顺序，取第一份是工作成效报告而非方案的文本（须至少报告一项主要成果）：其数字中有多少是成果，并按原文顺序列出最多五项主要成果。',
        check: '该文本是报告；其数字没有一个是目标；没有任何比较把它的数字与其他地方的承诺并列；所列成果都出自该文本。',
      },
    },
  },
  // ——— 首页发现的用语到此为止 ———
  region: {
    summary: '概要',
    compared: (what: string, value: string, rank: number, of: number) =>
      `${what}：${value}，在${count(of)}个设有可比目标的地方中${rank === 1 ? '最高' : `排第${ordinal(rank)}`}。`,
    noneCompared: '其主要目标中没有一项与其他地方统计的内容和方式相同，因此不作排名。',
    share: (n: number, of: number, pct: number, rank: number | undefined, among: number) =>
      `${count(of)}项行动条目中有${count(n)}项写明了数字（${pct}%）${rank === undefined ? '' : `，在${count(among)}份方案中${rank === 1 ? '最多' : `排第${ordinal(rank)}`}`}。`,
    leadKinds: (list: string) => `牵头条目最多的部门：${list}。`,
    outcomes: (list: string) => `报告已完成的工作（成果，而非承诺）：${list}。`,
    backToFigure: '返回该数字',
    sourceAddress: '发布网址', addressNotRecorded: '未记录网址', populationVerified: '已与人口普查公报核对：', populationNotVerified: '未与人口普查公报核对，故不用于人均计算：', 
    facts: '文件信息', figures: '全部数字', itemsByTheme: '按主题分列的条目', text: '全文', rawText: '收集到的原始文本', corrections: '所作更正',
    issuer: '发文单位', legendFigure: '已编码的数字（可从上表链接至此）', issued: '日期', type: '类型', damaged: '受损片段，按原样保留', repaired: '已修复片段',
    notStated: '文中未载明', sortHint: '点击列标题可排序。', itemsChart: '各主题条目数',
  },
  themePage: { saysNothing: '未涉及这一主题。', itemsPerPlace: '各地条目数', figures: '数字', itemCount: (n: number) => `${count(n)}个条目` },
  compare: {
    title: '地方对比', pickPlaces: (min: number, max: number) => `地方（选${count(min)}至${count(max)}个）`, pickMetric: '比较内容', reported: '单独列出（成果与预算，并非承诺）',
    needTwo: '请至少选择两个地方。',
    noneReported: '所选地方没有此类数字。',
    embedAllPlaces: '嵌入的图表显示所有地方，采用此处所选的视图；本页所选的地方不会保留。',
  },
  departments: { title: '谁来负责', lede: '各文件为每个条目指定的责任单位，归并为可比较的类别。', chart: '各类部门牵头的条目数', asWritten: '原文单位名称', inEnglish: '英文', leads: '牵头条目数', partners: '配合条目数' },
  about: { title: '关于数据与方法', contents: '目录', taxonomy: '主题分类', furniture: '删除的网页附属内容', raw: '原文', replacement: '替换为', confidence: '把握程度' },
  dataPage: {
    title: '数据与下载',
    lede: (documents: number) => `本站依据的全部数据，按 CC BY 4.0 许可自由使用：整理好的每张数据表、适合电子表格的副本、数据字典，以及${count(documents)}份原始文本。`,
    colon: '：',
    release: '当前版本', releaseNote: '版本以发布日期命名。', changelog: '各版本的变更',
    everything: '全部数据打包下载', zipNote: '全部数据表、datapackage.json、数据字典、附引用方式的说明文件（README）、许可，以及原始和清理后的文本。',
    tables: '数据表', table: '数据表', whatItIs: '内容', files: '文件',
    csv: 'CSV', excelCsv: 'Excel 用 CSV', columns: '字段说明',
    csvNote: 'CSV：UTF-8 编码，符合 RFC 4180，与整理的数据逐字节相同（表头为英文列名）。中文表头 CSV：单元格相同，只是表头换成各列的中文名称。Excel 用 CSV：内容相同，加了字节顺序标记（BOM）以便 Excel 正确显示中文，凡可能被电子表格当作公式执行的单元格均在开头加上撇号。',
    metadata: '数据说明', dictionary: '数据字典', dictionaryNote: '每张表的每个字段：类型、允许值、示例。', asMarkdown: 'Markdown 格式',
    datapackageNote: '以 Frictionless Data Package 格式描述同样内容，包括类型、约束、主键和外键，供校验或载入数据的工具使用。',
    texts: '原始文本', textsNote: 'measures.csv 和 targets.csv 中的位置以清理后文本的字符计。', raw: '收集到的原文', clean: '清理后',
    charts: '各图表的数据', chartsNote: '每个图表所绘制的确切数字，每图一个 CSV，表头有本站的各种语言版本。', chart: '图表',
    cite: '引用方式', citeNote: '每个下载包的 README 和 CITATION.cff 中都有相同的引用方式。',
    licence: '许可', licenceText: '数据采用知识共享署名 4.0 国际许可（CC BY 4.0）：可用于任何目的，请注明出自双创对照。原始文本为公开发布的政府文件。',
    report: '报告错误',
    reportText: '如发现数字、日期或译文有误，请告诉我们文件名、该行的编号（第一列）和字段名、您认为正确的内容，以及原文中能说明问题的句子。每项更正都会在新的日期版本中发布，并列入变更记录。',
  },
  dictionaryPage: {
    title: '数据字典', lede: '每张数据表的每个字段，由校验数据所用的表结构定义自动生成。',
    column: '字段', type: '类型', required: '必填', values: '允许值', example: '示例', description: '说明',
    key: '主键', references: '引用', backToData: '返回数据与下载',
  },
  viewOnSite: '在双创对照上查看',
  footer: '数据采用 CC BY 4.0 许可。文本为公开发布的政府文件。',
  searchPlaceholder: '搜索条目、数字、句子',
  searchHeaderLabel: '站内搜索',
  instruments: {
    fund: '资金与基金', subsidy: '补贴', tax: '税收优惠', loan: '贷款', guarantee: '担保', equity: '股权投资', award: '奖励',
    procurement: '政府采购', platform: '平台', space: '场地与载体', training: '培训', event: '活动', publicity: '宣传',
    regulation: '规章制度', land: '用地', coordination: '协调机制', evaluation: '评估考核',
  },
  search: {
    title: '搜索',
    lede: (documents: number) => `输入一个词，同时看到各地的说法：${count(documents)}份文件的条目、数字和句子，可用中文或英文搜索。`,
    label: (documents: number) => `搜索${count(documents)}份文件`, submit: '搜索', filters: '筛选',
    instrument: '政策工具', kindOfFigure: '数字类别',
    anyPlace: '全部地方', anyTheme: '全部主题', anyInstrument: '全部政策工具', anyKind: '不限',
    keys: '输入时即显示结果。在搜索框中按下方向键进入结果，用上下方向键移动，按回车键打开，按 Esc 键回到搜索框。',
    loading: '正在载入搜索索引…', loadFailed: '无法载入搜索索引。请重新载入页面再试。',
    count: (n: number, places: number) => `${count(places)}个地方共${count(n)}条结果`,
    none: (q: string) => `在当前筛选条件下，没有与“${q}”相符的内容。`,
    tryThemes: '不妨按主题浏览：',
    showMore: (n: number) => `再显示${count(n)}条`,
    types: { item: '条目', figure: '数字', sentence: '句子' },
    noTheme: '无主题',
    traditional: '繁体字查询会按简体字匹配。',
  },
  chartTools: {
    dialogTitle: '嵌入此图表', withScript: '推荐：图表高度自动适应您的网页', iframeOnly: '不使用脚本：固定高度',
    help: '将以下 HTML 粘贴到您的网页中。图表会链接回完整页面，并跟随读者的浅色或深色模式。',
    copy: '复制', copied: '已复制', close: '关闭', openEmbed: '打开嵌入页面',
    credit: '双创对照（Shuangchuang Compare）',
  },
};

export default zh;

/**
 * The about page's sections. Apart from the words object, so the browser code that loads a
 * locale's words (search, compare, chart tools) does not carry the page's long prose.
 */
export const aboutSections = (f: AboutFacts): Section[] => [
  { id: 'sources', title: `${count(f.documents)}份文本`, paragraphs: [
    '文本收集自政府公开网页，原样保存在 data/sources/raw/。网站展示的一切都由脚本从原文生成，每一处改动都可见、可重复。',
    '清洗步骤：删除网页附属内容（见下表），删除盘山文本中数百处汉字后的拼音注音（創（chuàng）→ 創），逐条应用下列更正（每条须在原文中恰好匹配一次），再用 OpenCC 将盘山文本由繁体转为简体，最后将采集时存成半角、紧邻汉字的标点恢复为原文的全角标点（，；：（）），2:1 之类的数字、网址和原样保留的受损片段除外；这一步不改变文本长度，引文位置因而不变。段落换行保留。无法有把握修复的片段不作猜测：原样保留并以〔这样〕标出，页面会提示。',
  ] },
  { id: 'coding', title: '条目与数字如何编码', paragraphs: [
    '每份文件的每个编号行动条目都是 measures.csv 的一行，另加目标段落、保障措施和工作步骤；条目全文以字符位置固定在清洗后的文本中。每个条目有一至三个主题（第一个为主要主题）、所用政策工具，以及原文所列的责任单位。',
    '文本中的每个数量，要么是 targets.csv 的一行，要么列入 ignored-figures.csv 并注明理由（名称或口号、条款或文号、日期、定义、分母）。扫描程序会找出每个数量，只要有一个未处理，网站就不会更新。每个数字保留原文写法（value_text）、数值、乘出“万”“亿”后的基数、比较符（以上 → 不少于，左右 → 约，以内 → 不超过）、覆盖年份、计量方式（期内新增、期末存量、累计总量、每年的量、比例或政策标准，依所在分句的提示词判定）、范围（全辖区，或某一计划、资金、专项行动，并引用起决定作用的原文）以及统计口径（确切统计什么、统计谁）。',
    '类别：目标是承诺；成果是报告已实现的结果（盘山的报告均属此类）；预算是安排的资金；政策标准是诸如每人补贴额之类的参数。按人或按户计的金额从不相加。',
  ] },
  { id: 'comparison', title: '如何比较各地', paragraphs: [
    '对比图只比较同类：每地一条主要目标，统计口径相同、计量方式相同、范围为全辖区，且至少两地都有时才绘制。同类中的其他数字列于图下，并说明不作比较的原因：统计内容不同、按人或按单位计的金额、计量方式不同、只涉及单项计划、属于另一总数的一部分、未载明期限、并非该地的主要承诺，或（人均视图）该地没有人口普查数据。已报告的成果和预算单独列出，不与承诺混在一起。',
    '视图随计量方式而定：期内新增的数字可看绝对数、每万名居民、每万名居民每年（按期限年数含首尾计）；存量、累计总量和每年的量可看绝对数和每万名居民；比例只看绝对数。人均视图除以2020年人口普查的常住人口，且仅限引用了普查公报本身的地方；其余地方不列入。期限为推断的数字会标出。',
    '“方案有多具体”图统计每份文件的编号行动条目中，写明数字、时限（条目中有日期，或数字有截止年，包括取自文件本身期限的截止年）、牵头单位和资金（以元计的数字）的比例。',
  ] },
  { id: 'caveats', title: '注意事项', paragraphs: [
    `${count(f.places)}个地方的人口规模相差${f.sizeRatio}倍，从${sized(f.smallest)}到${sized(f.largest)}；人均视图有帮助，但不能使它们真正可比。`,
    `各文件覆盖的期限不同（${count(f.shortestYears)}年至${count(f.longestYears)}年），人口数据的年份和口径（常住、户籍或总人口）也不同，使用处均已注明。咸宁和盘山的期限和日期为推断；岳塘的日期由标题推断。`,
    '盘山的文本是落实情况报告而非方案：其数字是成果和预算，因此很少出现在承诺的对比中。',
  ] },
  { id: 'errors', title: '如何报告错误', paragraphs: [
    '每个数字都链接到原文中的句子。如发现数字、日期或翻译有误，请告诉我们是哪一个（表中的 target_id 或 measure_id 会有帮助）以及原文怎么写。更正在 CSV 文件中进行，记入 data/CHANGELOG.md，并以新的日期版本发布。',
  ] },
  { id: 'licence', title: '许可与引用', paragraphs: [
    '整理后的数据采用 CC BY 4.0 许可，代码采用 MIT 许可。原始文本为公开发布的政府文件。引用格式：双创对照（Shuangchuang Compare），数据版本见“数据”页。',
  ] },
];
