// Interface words in English: one file per locale (src/i18n/locales.ts lists the locales).
// Data text comes from the tables' columns in the locale's data language, never from here.
import type { AboutFacts, PlaceSize, Section, Widen } from './shape.ts';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** A count as English prose writes it: words up to ten, digits above. */
const count = (n: number) => NUMBERS[n] ?? n.toLocaleString('en-GB');
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const sized = (p: PlaceSize) => `${p.name} (${p.population}, ${p.kind}, ${p.year})`;

const en = {
  languageName: 'English', readThisPage: 'Read this page in English',
  countWord: count,
  siteName: 'Shuangchuang Compare',
  siteTagline: (places: number) => `What ${count(places)} Chinese places promised for mass entrepreneurship and innovation, side by side`,
  navHome: 'Overview', navCompare: 'Compare', navThemes: 'Themes', navDepartments: 'Who is responsible', navData: 'Data', navAbout: 'About', navSearch: 'Search',
  switchLanguageLabel: 'Other languages',
  skipToContent: 'Skip to content',
  views: { absolute: 'Absolute', capita: 'Per 10,000 residents', capita_year: 'Per 10,000 residents per year' },
  viewsLabel: 'View',
  confidence: { high: 'high', medium: 'medium', low: 'low (marked, not repaired)' },
  headlineTag: 'headline', noTarget: 'no target', noTotal: 'several figures, no single total', noTotalNote: '“Several figures” marks a place that set targets for parts of this metric but no total to compare.', inferred: 'period inferred', inferredShort: '* period inferred',
  showTable: 'Show the numbers as a table', downloadCsv: 'Download CSV', embed: 'Embed', downloadSvg: 'Download SVG', downloadPng: 'Download PNG',
  source: 'Source', sourceLine: (documents: number) => `Source: the ${count(documents)} documents, coded by Shuangchuang Compare`,
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
    mostConcrete: (place: string, pct: number, places: number) => `${place} put a figure on ${pct}% of its action items, the most of the ${count(places)}`,
    concretenessSubtitle: 'Share of each document’s numbered action items that have a figure, a deadline, a named lead unit, or money attached.',
    timeline: (documents: number, from: number, to: number, shortest: number, longest: number) =>
      `The ${count(documents)} documents span ${from} to ${to}${shortest === longest ? `, each covering ${count(shortest)} year${shortest === 1 ? '' : 's'}` : `, from a ${count(shortest)}-year plan to a ${count(longest)}-year one`}`,
    timelineSubtitle: 'Years each document covers, inclusive; lighter bars are periods we inferred.',
    topTheme: (place: string, theme: string) => `${place}’s items are most often about ${theme.toLowerCase()}`,
    themesSubtitle: (n: number) => `${n} items, each counted under its primary theme.`,
    themeLeader: (theme: string, place: string, n: number) => `${theme}: ${place} has the most items (${n})`,
    themeSubtitle: 'Items that touch this theme, per place.',
    departments: (kind: string) => `${kind} lead more items than any other kind of department`,
    departmentsSubtitle: 'Items per kind of responsible unit and place; an item counts once per kind it names.',
  },
  home: {
    title: (places: number) => `${capital(count(places))} places, one campaign`,
    lede: (places: number) => `In 2015–2021 governments at every level in China published plans for “mass entrepreneurship and innovation”. Here are ${count(places)} of them, from a county to an autonomous region, coded figure by figure so that what each place committed to can be compared honestly.`,
    headline: 'What they promised', headlineNote: 'Only headline targets of metrics that at least two places set are drawn. Budgets and reported results are shown apart.',
    concrete: 'How concrete are the plans?', timeline: 'The periods they cover', places: (places: number) => `The ${count(places)} places`,
  },
  region: {
    facts: 'The document', figures: 'Every figure', itemsByTheme: 'Items by theme', text: 'The text', rawText: 'Raw text as collected', corrections: 'Corrections made',
    issuer: 'Issued by', legendFigure: 'a coded figure (each links from the table above)', issued: 'Date', type: 'Type', damaged: 'damaged span, kept as found', repaired: 'repaired span',
    notStated: 'not stated in the text', sortHint: 'Select a column heading to sort.', itemsChart: 'Items per theme',
  },
  themePage: { saysNothing: 'Says nothing on this theme.', itemsPerPlace: 'Items per place', figures: 'Figures' },
  compare: {
    title: 'Compare places', pickPlaces: (min: number, max: number) => `Places (choose ${min} to ${max})`, pickMetric: 'Metric', reported: 'Reported separately (outcomes and budgets, not promises)',
    needTwo: 'Choose at least two places.',
  },
  departments: { title: 'Who is made responsible', lede: 'Every unit a document names as responsible for an item, grouped into comparable kinds.', chart: 'Items led, by kind of department', asWritten: 'Unit as written', inEnglish: 'In English', leads: 'Items it leads', partners: 'Items it supports' },
  about: { title: 'About the data and methods', contents: 'Contents', taxonomy: 'The themes', furniture: 'Web-page furniture removed', raw: 'As found', replacement: 'Replaced by', confidence: 'Confidence' },
  dataPage: {
    title: 'Data and downloads',
    lede: (documents: number) => `Everything this site is built from, free to reuse under CC BY 4.0: every table as curated, a copy of each for spreadsheets, the data dictionary, and the ${count(documents)} source texts.`,
    colon: ': ',
    release: 'Current release', releaseNote: 'Releases are named by the date they were published.', changelog: 'What each release changed',
    everything: 'Everything in one file', zipNote: 'every table, datapackage.json, the data dictionary, a README with the citation, the licence, and the source texts as collected and as cleaned.',
    tables: 'The tables', table: 'Table', whatItIs: 'What it is', files: 'Files',
    csv: 'CSV', excelCsv: 'CSV for Excel', columns: 'Columns',
    csvNote: 'CSV: UTF-8, RFC 4180, exactly as curated. CSV for Excel: the same cells, with a byte-order mark so Excel reads the Chinese correctly, and any cell a spreadsheet would run as a formula prefixed with an apostrophe.',
    metadata: 'Describing the data', dictionary: 'Data dictionary', dictionaryNote: 'every column of every table: type, allowed values, an example.', asMarkdown: 'as Markdown',
    datapackageNote: 'the same as a Frictionless Data Package, with types, constraints, primary and foreign keys, for tools that validate or load data.',
    texts: 'Source texts', textsNote: 'Offsets in measures.csv and targets.csv count characters of the clean texts.', raw: 'as collected', clean: 'clean',
    charts: 'The data behind each chart', chartsNote: 'Exactly the numbers each chart draws, one CSV per chart, with headings in each of the site’s languages.', chart: 'Chart',
    cite: 'How to cite', citeNote: 'The same citation is in the README of every download and in CITATION.cff.',
    licence: 'Licence', licenceText: 'The data is licensed under Creative Commons Attribution 4.0 (CC BY 4.0): reuse it for any purpose, crediting Shuangchuang Compare. The source texts are official documents published for the public.',
    report: 'Report an error',
    reportText: 'If a figure, a date or a translation is wrong, tell us the file, the id of the row (its first column) and the column, what you believe is right, and the sentence of the source text that shows it. Every correction is published in a new dated release and listed in the changelog.',
  },
  dictionaryPage: {
    title: 'Data dictionary', lede: 'Every column of every table, generated from the schemas the data is validated against.',
    column: 'Column', type: 'Type', required: 'Required', values: 'Allowed values', example: 'Example', description: 'Description',
    key: 'Primary key', references: 'refers to', backToData: 'Back to data and downloads',
  },
  viewOnSite: 'See it on Shuangchuang Compare',
  footer: 'Data CC BY 4.0. Texts are official documents published for the public.',
  searchPlaceholder: 'Search items, figures, sentences',
  searchHeaderLabel: 'Search the site',
  instruments: {
    fund: 'Funds', subsidy: 'Subsidies', tax: 'Tax relief', loan: 'Loans', guarantee: 'Guarantees', equity: 'Equity investment', award: 'Awards',
    procurement: 'Public procurement', platform: 'Platforms', space: 'Premises and space', training: 'Training', event: 'Events', publicity: 'Publicity',
    regulation: 'Rules and regulation', land: 'Land', coordination: 'Coordination', evaluation: 'Evaluation',
  },
  search: {
    title: 'Search',
    lede: (documents: number) => `Type a word and see every place’s answer at once: the items, figures and sentences of the ${count(documents)} documents, in English or Chinese.`,
    label: (documents: number) => `Search the ${count(documents)} documents`, submit: 'Search', filters: 'Filters',
    instrument: 'Instrument', kindOfFigure: 'Kind of figure',
    anyPlace: 'All places', anyTheme: 'All themes', anyInstrument: 'All instruments', anyKind: 'Any',
    keys: 'Results appear as you type. From the box, the down arrow moves into the results; up and down arrows move through them, Enter opens one, Escape returns to the box.',
    loading: 'Loading the search index…', loadFailed: 'The search index could not be loaded. Reload the page to try again.',
    count: (n: number, places: number) => `${n} result${n === 1 ? '' : 's'} in ${places} place${places === 1 ? '' : 's'}`,
    none: (q: string) => `Nothing matches “${q}” with these filters.`,
    tryThemes: 'Browse the themes instead:',
    showMore: (n: number) => `Show ${n} more`,
    types: { item: 'Item', figure: 'Figure', sentence: 'Sentence' },
    noTheme: 'No theme',
    traditional: 'Queries in traditional characters are matched as simplified.',
  },
  chartTools: {
    dialogTitle: 'Embed this chart', withScript: 'Recommended: the chart resizes to fit your page', iframeOnly: 'Without a script: fixed height',
    help: 'Paste this HTML into your page. The chart links back to its full page and follows the reader’s light or dark mode.',
    copy: 'Copy', copied: 'Copied', close: 'Close', openEmbed: 'Open the embed page',
  },
  aboutSections: (f: AboutFacts): Section[] => [
    { id: 'sources', title: `The ${count(f.documents)} texts`, paragraphs: [
      'The texts were collected from public government web pages and are kept exactly as found in data/sources/raw/. Everything the site shows is derived from them by script, so every change is visible and repeatable.',
      'Cleaning removes web-page furniture (the lines listed below), removes the pinyin glosses printed after hundreds of characters in the Panshan text (創(chuàng) → 創), applies the corrections listed below (each matched verbatim, exactly once), and converts Panshan’s traditional characters to simplified with OpenCC. Paragraph breaks are kept. A span we could not repair with confidence is not guessed: it is kept and marked 〔like this〕, and pages flag it.',
    ] },
    { id: 'coding', title: 'How items and figures were coded', paragraphs: [
      'Every numbered action item of each document is a row of measures.csv, with goal paragraphs, safeguards and work phases on top, its full text pinned by character offsets into the clean text. Each item has one to three themes (the first is primary), the policy instruments it uses, and the units made responsible, as written.',
      'Every amount in a text is either a row of targets.csv or listed in ignored-figures.csv with a reason (a name or slogan, a section or document number, a date, a definition, a denominator). A scanner finds every amount and the build fails if one is neither. Each figure keeps its words as written (value_text), its numeric reading, 万 and 亿 multiplied out, a comparator (以上 → at least, 左右 → about, 以内 → at most), whether it is a level to reach, a total over the period or a yearly rate, and the years it covers.',
      'Kinds: a target is a commitment; an outcome is a result reported as achieved (all of Panshan’s report); a budget is money set aside; a rule is a policy parameter such as a subsidy per person. Amounts per person or per firm are never added up.',
    ] },
    { id: 'comparison', title: 'How places are compared', paragraphs: [
      'Comparison charts draw only headline targets (one per document and metric) of metrics that at least two places set. Parts of a total (其中) and per-unit amounts are never summed. Reported outcomes and budgets are shown apart, never mixed with promises, and a place without a target gets an explicit “no target”.',
      'Three views: absolute; per 10,000 residents, using each place’s population (its year and kind are shown beside it); and per 10,000 residents per year of the period, inclusive, where only totals over the period are divided by years (a level to reach is not). Figures whose period is inferred are marked.',
      'The “how concrete” chart counts, for each document, the share of its numbered action items that have a figure, a deadline (a date in the item, or a figure with an end year, even one taken from the document’s own period), a named lead unit, and money (a figure in yuan).',
    ] },
    { id: 'caveats', title: 'Caveats', paragraphs: [
      `The ${count(f.places)} places differ ${f.sizeRatio}-fold in population, from ${sized(f.smallest)} to ${sized(f.largest)}; per-capita views help but do not make them alike.`,
      `The documents cover different periods (${count(f.shortestYears)} year${f.shortestYears === 1 ? '' : 's'} to ${count(f.longestYears)}) and the populations come from different years and definitions (resident, registered or total), each stated where it is used. Xianning’s and Panshan’s periods and dates are inferred; Yuetang’s date is inferred from its title.`,
      'Panshan’s text is a report of what was done, not a plan: its figures are outcomes and budgets, so it rarely appears in the comparison of promises.',
    ] },
    { id: 'errors', title: 'How to report an error', paragraphs: [
      'Every figure links to its sentence in the text. If a figure, a date or a translation is wrong, tell us which (the target_id or measure_id in the tables helps) and what the text says. Corrections are made in the CSV files, listed in data/CHANGELOG.md, and published as a new dated version.',
    ] },
    { id: 'licence', title: 'Licence and citation', paragraphs: [
      'The curated data is licensed under CC BY 4.0; the code under MIT. The source texts are official documents published for the public. Please cite: Shuangchuang Compare (双创对照), dataset version shown on the Data page.',
    ] },
  ],
} as const;

export type Words = Widen<typeof en>;
export default en as Words;
