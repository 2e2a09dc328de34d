// The English catalogue: every word and sentence of the interface, one file per locale
// (src/i18n/locales.ts lists the locales). A sentence composed from data is an ICU message
// (plural, selectordinal, select: src/i18n/messages.ts renders it); a plain label is a plain string.
// Data text comes from the tables' columns in the locale's data language, never from here.
// Counts in words: {n, number, count} (“four”), {n, number, countStart} at the start of a sentence
// (“Four”), {n, number, rank} (“second”); # and {n, number} in digits as the locale writes them.
import type { Widen } from './shape.ts';

const en = {
  languageName: 'English', readThisPage: 'Read this page in English',
  /** How counts are said: the catalogue's number styles ({n, number, count}). */
  numbers: {
    count: '{n, plural, =0 {no} =1 {one} =2 {two} =3 {three} =4 {four} =5 {five} =6 {six} =7 {seven} =8 {eight} =9 {nine} =10 {ten} other {#}}',
    countStart: '{n, plural, =0 {No} =1 {One} =2 {Two} =3 {Three} =4 {Four} =5 {Five} =6 {Six} =7 {Seven} =8 {Eight} =9 {Nine} =10 {Ten} other {#}}',
    rank: '{n, selectordinal, =1 {first} =2 {second} =3 {third} =4 {fourth} =5 {fifth} =6 {sixth} =7 {seventh} =8 {eighth} =9 {ninth} =10 {tenth} one {#st} two {#nd} few {#rd} other {#th}}',
  },
  /** A count in words (four, 12), for text composed outside this catalogue (the downloads' README). */
  countWord: '{n, number, count}',
  siteName: 'Shuangchuang Compare',
  siteTagline: '{places, plural, one {What one Chinese place promised} other {What {places, number, count} Chinese places promised}} for mass entrepreneurship and innovation, side by side',
  navHome: 'Overview', navCompare: 'Compare', navThemes: 'Themes', navDepartments: 'Who is responsible', navData: 'Data', navAbout: 'About', navSearch: 'Search',
  switchLanguageLabel: 'Other languages',
  /** Between the names of a list (A, B and C). */
  listSeparator: ', ',
  /** A document whose collected copy stops short of the published text (documents.csv incomplete_at). */
  incompleteText: {
    label: 'Text as collected',
    note: 'Incomplete: the copy we could collect stops short of the published text. Its last words are',
    atEnd: 'The collected text stops here: the rest of the published text is missing from our copy.',
  },
  /** Between the names of units, which may hold commas themselves. */
  unitSeparator: '; ',
  receipt: {
    open: 'the sentence and its source', curatorNotes: 'Curator’s notes (in English, with the data’s codes):', figureTitle: 'Figure {id}', itemTitle: 'Item {id}',
    asWritten: 'As written', asCoded: 'As coded', inContext: 'In its text', contextNote: 'The sentence holding it, with the sentences either side; the highlighted words are the ones coded.',
    offsets: 'Offsets in the clean text', document: 'Document', release: 'Release', compared: 'Compared?', changes: 'Changes since earlier releases', noChanges: 'None: as first published.',
    allRows: 'every row of the table', cite: 'Cite this', citeRelative: 'The address in this citation starts at the site’s root: put the address of the site you are reading before it.',
    drawn: 'Yes: drawn beside {others, plural, one {one other place} other {{others, number, count} other places}} with a figure of the same definition, measure and scope.',
    notCompared: 'No: listed under the comparison as not compared, because it {reason} ({definition}).',
    noComparison: 'No: no other place has a comparable main target of its definition.',
    seeComparison: 'See the comparison', onPlacePage: 'On the place’s page', item: 'Item', figuresInItem: 'Figures in this item', themes: 'Themes', instruments: 'Instruments', leadUnits: 'Lead units',
    value: 'Value', unit: 'Unit as written', baseUnit: 'Unit', headline: 'The main figure of what it counts', partOf: 'Part of',
    yes: 'yes', no: 'no', kinds: { correction: 'correction', recoding: 're-coding', reanchoring: 're-anchoring' },
    withdrawnTitle: 'Figure or item {id}: withdrawn',
    withdrawnText: 'Published in release {last} and earlier; withdrawn in release {removed}.',
    noReason: 'No reason was recorded with its removal.',
    quoteCard: 'Embed this figure as a quote card',
    itemTypes: { goal: 'goal clause', action: 'numbered action item', safeguard: 'safeguard', phase: 'work phase' },
    responsibleUnits: 'Responsible units (no lead marked)', deadline: 'Deadline as stated', noDeadline: 'none stated', measureUncertain: 'Measure uncertain',
  },
  report: {
    link: 'Report an error', title: 'Report an error',
    lede: 'Found a wrong number, a wrong translation or a broken page? Send us what you found.',
    send: 'Please send: the address of the page, the id of the figure or item (for example yuetang-2016-t001), the release shown on the page, what is wrong, and where you saw the right version (the sentence in the source, or a link).',
    none: 'This site has no form or mailbox for reports yet. Please send the details above to the people who publish it: every correction is published in a new dated release, with its reason.',
    subject: 'Error on Shuangchuang Compare: {what}',
  },
  api: {
    heading: 'The API: every table, figure and item as JSON',
    lede: 'Static JSON files of release {version}, under /api/v1/ (the address stays as long as version 1 does). The fields of each are below; the fields of the tables are those of the data dictionary.',
    file: 'File', fields: 'Fields', tables: 'every row of a table, as a list', figure: 'one figure: its row, its sentence and source, whether it is compared, its changes', item: 'one item: its row, its sentence and source, its figures, its changes', comparisons: 'each comparison of like with like', answers: 'every place’s answer to every question of the compare page, with the items, figures and words behind it', index: 'the release and the list of files',
    snippets: 'Read it in Python (pandas), R or JavaScript', relative: 'The addresses below start at the site’s root: put the address of the site you are reading before each one.',
  },
  releases: {
    heading: 'Releases, checkable byte by byte', current: 'This release',
    checkNote: 'Each release has manifest.json (the bytes and SHA-256 of every file in its zip, and of the zip) and SHA256SUMS: save them beside the zip and run sha256sum -c SHA256SUMS.',
    earlier: 'Earlier releases, as published', citationFiles: 'Citation metadata',
    cff: 'for GitHub and reference managers', zenodo: 'for archiving with Zenodo',
    history: 'The history of every change', changesJson: 'every changed cell of every release, with its reason',
    feed: 'corrections only, one entry per corrected cell (Atom feed)',
    feedTitle: 'Shuangchuang Compare: corrections to the data',
    noFeed: 'This site has no feed of corrections; every correction is listed, with its reason, in changes.json.',
  },
  notFound: { title: 'Page not found', lede: 'There is no page at this address. It may have moved, or the link may be mistyped.', home: 'Home: the places side by side', search: 'Search every item, figure and sentence', data: 'Download the data' },
  withdrawn: {
    title: 'This chart has been withdrawn',
    text: 'It set figures that count different things, or count them in different ways, side by side as if they were alike. Release {release} of the data compares only like with like.',
    link: 'See the comparisons that hold',
  },
  glossary: {
    title: 'Glossary of policy terms',
    lede: 'The terms of the documents that the site renders one way in English, what each means, and the items of each place whose text uses it.',
    unused: 'No item of the texts uses it.',
  },
  skipToContent: 'Skip to content',
  views: { absolute: 'Absolute', per_year: 'Per year', capita: 'Per 10,000 residents', capita_year: 'Per 10,000 residents per year' },
  viewsLabel: 'View',
  confidence: { high: 'high', medium: 'medium', low: 'low (marked, not repaired)' },
  headlineTag: 'main target', noTarget: 'no target', notCompared: 'not compared (see below)', inferred: 'period inferred', inferredShort: '* period inferred',
  showTable: 'Show the numbers as a table', downloadCsv: 'Download CSV', embed: 'Embed', downloadSvg: 'Download SVG', downloadPng: 'Download PNG',
  source: 'Source', sourceLine: '{documents, plural, =0 {Source: coded by Shuangchuang Compare} one {Source: the place’s document, coded by Shuangchuang Compare} other {Source: the {documents, number, count} documents, coded by Shuangchuang Compare}}',
  units: 'Units',
  place: 'Place', value: 'Value', asWritten: 'As written', comparator: 'Comparator', period: 'Period', population: 'Population used', censusPopulation: 'Census population (2020)', citedPopulation: 'Population used (its source)', uncertainColumn: 'Measure uncertain',
  figures: 'figures', figure: 'Figure', kind: 'Kind', metric: 'Metric', item: 'Item', quote: 'Quote', notes: 'Notes', theme: 'Theme', themes: 'Themes',
  leadUnits: 'Lead units', partnerUnits: 'Partner units', section: 'Section', count: 'Count', items: 'Items',
  criteria: { figure: 'has a figure', deadline: 'has a deadline', lead_unit: 'names a lead unit', money: 'involves money' },
  shareOfActions: 'Share of action items',
  kinds: { target: 'target', outcome: 'reported outcome', budget: 'budget', rule: 'policy rule' },
  docTypes: { plan: 'plan', report: 'report of results' },
  levels: { district: 'district', county: 'county', prefecture_city: 'prefecture-level city', autonomous_region: 'autonomous region' },
  populationKinds: { resident: 'resident', registered: 'registered', total: 'total' },
  instrumentGroups: { money: 'money', space: 'space', training: 'training', rules: 'rules', services: 'services' },
  placeTable: { level: 'Level', population: 'Population', kind: 'Kind of population', year: 'Year', verified: 'Source used per resident', source: 'Source: populations as listed in regions.csv, each with its source; only a population with a cited source is used per resident; levels as published' },
  measures: { new_in_period: 'new during the period', stock_at_end: 'in place at the end', cumulative: 'running total', per_period: 'per year (or half-year, quarter)', share: 'share', parameter: 'policy term' },
  scopes: { whole_place: 'whole place', programme: 'one programme' },
  reasons: {
    different_definition: 'counts something else', per_unit_amount: 'an amount per person or per unit', different_measure: 'measured differently',
    programme_scope: 'covers one programme, not the whole place', part_of_total: 'part of another total', period_not_stated: 'period not stated',
    not_headline: 'not the place’s main commitment', no_census_population: 'no population with a cited source',
  },
  viewPhrase: { absolute: '', per_year: ' per year', capita: ' per 10,000 residents', capita_year: ' per 10,000 residents per year' },
  comparatorKeys: { gte: '≥ at least', gt: '> more than', lte: '≤ at most', lt: '< less than', approx: '≈ about' },
  /**
   * How a figure is read (src/i18n/amounts.ts): each template puts the amount where {n} is. The reading
   * is in the base unit, with 万 and 亿 multiplied out; money from a million up is read in millions.
   */
  amounts: {
    comparators: { eq: '{n}', gte: 'at least {n}', gt: 'more than {n}', lte: 'at most {n}', lt: 'less than {n}', approx: 'about {n}', range: '{n}' },
    range: '{from} to {to}',
    /** Whether a count keeps the measure word the text used (2700个, not 2700家): a Chinese reading does. */
    counterAsWritten: false,
    /** Each base unit: {n} is the amount as read (“10 million”, “two”), {count} the number it stands for. */
    units: {
      cny: 'CNY {n}', person: '{count, plural, one {{n} person} other {{n} people}}', person_time: '{count, plural, one {{n} person-time} other {{n} person-times}}',
      entity: '{count, plural, one {{n} firm or entity} other {{n} firms or entities}}', facility: '{count, plural, one {{n} facility} other {{n} facilities}}', project: '{count, plural, one {{n} project} other {{n} projects}}',
      event: '{count, plural, one {{n} event} other {{n} events}}', m2: '{n} m²', percent: '{n}%', ratio: '{n}:1', count: '{n}',
      year: '{count, plural, one {{n} year} other {{n} years}}', month: '{count, plural, one {{n} month} other {{n} months}}', day: '{count, plural, one {{n} day} other {{n} days}}',
    },
    /** A count with the measure word the text used (2700个), where counterAsWritten. */
    counted: '{n}{counter}',
    /** Large amounts of these units are read in the scales below (largest first). */
    scaled: ['cny'],
    scales: [{ from: 1_000_000_000, n: '{n} billion' }, { from: 1_000_000, n: '{n} million' }],
    per: {
      person: '{n} per person', entity: '{n} per firm or entity', project: '{n} per project', year: '{n} a year', half_year: '{n} every six months', quarter: '{n} a quarter',
      facility: '{n} per facility', event: '{n} per event', unit: '{n} per unit', household: '{n} per household', month: '{n} a month',
    },
    /** A count of things in a reading: words from one to ten (“two years”), digits otherwise. */
    spell: '{n, plural, =1 {one} =2 {two} =3 {three} =4 {four} =5 {five} =6 {six} =7 {seven} =8 {eight} =9 {nine} =10 {ten} other {#}}',
  },
  inferredKey: '* period inferred (dashed outline)',
  notComparedHeading: 'Figures of this family not compared, and why', inChart: 'Drawn in the chart', reason: 'Why not compared', definition: 'Counts', measure: 'Measure', scope: 'Scope',
  yes: 'yes', no: 'no', unknown: 'unknown', inferredTag: 'inferred',
  baseUnits: { cny: 'yuan', person: 'people', person_time: 'person-times', entity: 'firms or entities', facility: 'facilities', project: 'projects', event: 'events', m2: 'm²', percent: '%', ratio: 'ratio', count: 'count', year: 'years', month: 'months', day: 'days' },
  perTenThousand: 'per 10,000 residents', perTenThousandYear: 'per 10,000 residents per year', perYear: 'per year',
  populationSourceKinds: { census_bulletin: 'census bulletin', statistical_yearbook: 'statistical yearbook', government_page: 'government page', none: 'no cited source' },
  /** An axis or table's unit in a per-resident view: the unit, then what it is per. */
  unitPer: '{unit} {per}',
  criterion: 'Criterion', actionItems: 'Action items', share: 'Share', years: 'years', periodStart: 'First year', periodEnd: 'Last year', type: 'Type',
  departmentKinds: {
    government_office: 'Government offices', development_reform: 'Development and reform', human_resources: 'Human resources and social security', finance: 'Finance',
    science_technology: 'Science and technology', industry_it: 'Industry and information technology', commerce: 'Commerce and investment', market_regulation: 'Market regulation',
    education: 'Education', tax: 'Tax', financial_regulation: 'Banking and financial regulation', natural_resources: 'Natural resources and land', agriculture: 'Agriculture and forestry',
    publicity: 'Publicity and culture', mass_organisations: 'Mass organisations (youth league, women, unions…)', parks_and_zones: 'Parks and development zones', local_governments: 'Lower-level governments', other: 'Other',
  },
  findings: {
    mostPromised: '{what}: {places} promised the most',
    similar: '{what}: similar promises',
    onlyOne: '{what}: only {place} has a comparable figure',
    noneComparable: '{what}: no comparable figures',
    and: '{a} and {b}',
    similarNote: '“Similar”: the largest is at most {ratio, number} times the smallest.',
    viewLeader: '{view}, {places} promised the most.',
    viewSimilar: '{view}, the promises are similar.',
    /** A comparison chart's text alternative: what it counts, the view and unit, and each place's value. */
    comparisonSummary: '{what} ({view}, {unit}): {values}.',
    comparisonSubtitle: '{drawn, plural, =0 {No place has a main target for the whole place measured as {measure}.} one {The main target for the whole place of one place, measured as {measure}.} other {Main targets for the whole place, of {drawn, number, count} places, each measured as {measure}.}}',
    notComparedCount: '{n, plural, =0 {No other figure of this family is listed below the chart.} one {One other figure of this family is listed below the chart, not compared.} other {{n, number, countStart} other figures of this family are listed below the chart, not compared.}}',
    placeScale: '{leaders, plural, one {{ratio, plural, one {{large} has about the population of {small}} other {{large} has about {ratio, number} times the population of {small}}}} other {{ratio, plural, one {{large} each have about the population of {small}} other {{large} each have about {ratio, number} times the population of {small}}}}}',
    placeScaleSubtitle: 'Each place on one axis of population, from a county to an autonomous region. The axis is a log scale: each step is ten times the last. Populations are as recorded, of different kinds and years (see the table).',
    populationAxis: 'Population (log scale)',
    instrumentLead: '{leaders, plural, one {{places} offers {group} in {pct, number}% of its action items: no plan leans more on one kind of help} other {{places} each offer {group} in {pct, number}% of their action items: no plan leans more on one kind of help}}',
    /** The kind of help, where tied places lean on different kinds, each named after its place. */
    instrumentNamed: 'the kind of help named',
    instrumentSubtitle: 'Share of each document’s action items that use at least one instrument of each kind (money: funds, subsidies, tax relief, loans, guarantees, equity, awards, purchasing; space; training and events; rules and evaluation; services: platforms, publicity, coordination). An item can use several kinds.',
    instrumentAxis: 'Share of action items',
    mostConcrete: '{of, plural, one {{places}, the only plan, put a figure on {pct, number}% of its commitments} =2 {{leaders, plural, one {{places} put a figure on {pct, number}% of its commitments, more than the other plan} other {{places} each put a figure on {pct, number}% of their commitments}}} other {{leaders, plural, one {{places} put a figure on {pct, number}% of its commitments, the most of the {of, number, count} plans} other {{places} each put a figure on {pct, number}% of their commitments, tied for the most of the {of, number, count} plans}}}}',
    timeline: '{documents, plural, one {The document spans {from} to {to}, {shortest, plural, one {one year} other {{shortest, number, count} years}}} other {The {documents, number, count} documents span {from} to {to}, {same, select, yes {each covering {shortest, plural, one {one year} other {{shortest, number, count} years}}} other {from a {shortest, number, count}-year plan to a {longest, number, count}-year one}}}}',
    timelineSubtitle: 'Years each document covers, inclusive; lighter bars are periods we inferred.',
    topTheme: '{place}’s items are most often about {theme}',
    themesSubtitle: '{n, plural, one {One item, counted under its primary theme.} other {{n, number, countStart} items, each counted under its primary theme.}}',
    themeLeader: '{leaders, plural, one {{theme}: {places} has the most items ({n, number})} other {{theme}: {places} have the most items ({n, number} each)}}',
    themeSubtitle: 'Items that touch this theme, per place.',
    departments: '{leaders, plural, one {{kind} are named on more items than any other kind of department} other {{kind} are named on the most items, as many each}}',
    departmentsSubtitle: 'Items per kind of unit named on them and place, whether the text marks the unit as lead or only lists it as responsible; an item counts once per kind it names.',
    /** A drawn figure's years, in the subtitle of a comparison: the place and its years. */
    periodOf: '{place} {period}',
    /** The subtitle where figures are drawn: what they are, and each place’s years (the absolute view included). */
    periods: 'Main targets for the whole place, {measure}: {list}.',
    mayBe: 'may be a {measure}',
    /** The years written beside a bar. */
    barPeriod: '{period}',
    uncertainMeasure: '{place}’s figure may be a {measure}: {en} ({zh})',
  },
  /** The concreteness chart and what region pages say of it (data/README.md, "Concreteness"). */
  concreteness: {
    groups: { goal: 'Goal clauses', action: 'Action items' },
    criteria: {
      figure: 'has a figure', deadline: 'states a deadline', lead_unit: 'names a lead unit', responsible_listed: 'lists responsible units, no lead',
      money_sum: 'states a sum of money', money_instrument: 'money instrument, no amount', result: 'reports a result with a figure', budget: 'states a budget',
    },
    /** A group and a criterion as one row label. */
    row: '{group}: {criterion}',
    none: { goal: 'no goal clauses', action: 'no action items' },
    subtitle: 'Goal clauses and action items, apart: the share meeting each criterion.',
    axis: 'Share of the plan’s goal clauses or action items',
    reportApart: '{place}’s text is a report of results, not a plan, so it is not drawn or ranked here: a result with a figure in {results, number, count} of {of, plural, one {its one item} other {its {of, number, count} items}}, a budget stated in {budgets, number, count}.',
    meeting: 'Meeting it', of: 'Of the group’s items', note: 'Note', group: 'Group',
  },
  home: {
    title: '{places, plural, one {One place} other {{places, number, countStart} places}}, one campaign',
    lede: 'In 2015–2021 governments at every level in China published plans for “mass entrepreneurship and innovation”. {places, plural, one {Here is one of them, coded figure by figure so that what the place committed to can be read honestly.} other {Here are {places, number, count} of them, from a county to an autonomous region, coded figure by figure so that what each place committed to can be compared honestly.}}',
    headline: 'What they promised', headlineNote: 'Only like is compared with like: a chart draws one main target per place for the whole place, counting the same thing in the same way, and only where at least two places set one. Every other figure of the family is listed under the chart with the reason it is not compared; budgets and reported results are shown apart.',
    concrete: 'How concrete are the plans?', timeline: 'The periods they cover', places: '{places, plural, one {The place} other {The {places, number, count} places}}',
    why: 'Why these places, and how they differ',
    whyText: '{places, plural, one {This is the one text collected and coded so far.} other {These are the {places, number, count} texts collected and coded so far, from {levels, plural, one {one level} other {{levels, number, count} levels}} of government.}} Their sizes differ so much that a total is set beside another only when it counts the same thing in the same way, and per resident only where a population has a cited source.',
    explore: 'Explore',
    exploreLinks: { compare: 'Compare places on one measure', themes: 'Read what every place says on a theme', departments: 'See who is made responsible', search: 'Search every item, figure and sentence', data: 'Download the data and cite it' },
    instruments: 'What kind of help they offer',
    responsible: 'Who is responsible',
    moreComparisons: '{more, plural, one {One more comparison} other {{more, number, countStart} more comparisons}} on the compare page',
    /** A place's card: its counts, and the population used with its year. */
    placeCounts: '{items, plural, one {# item} other {# items}} · {figures, plural, one {# figure} other {# figures}} · {cited, select, yes {Population with a cited source: {population} ({year}, {source})} other {Population: none with a cited source, so not used per resident}}',
  },
  // ——— The home page's story, and a line on how to read each chart (grouped: new in release 2026.12.06) ———
  /** One sentence under each chart, by chart family (src/charts/catalog.ts): what a mark is and how to read it. */
  howToRead: {
    comparison: 'Each bar is the target one place set, drawn from zero and labelled with the years it covers: a bar twice as long is a promise twice as large; where the years differ, the first view divides each target by its years; a place with no like-for-like target is named with the reason instead.',
    placeScale: 'Each mark is one place; every step along the axis is ten times the one before, so places far apart differ even more than they seem.',
    instruments: 'Each row is one kind of help and each mark one place: the further right, the larger the share of that place’s action items offering it.',
    concreteness: 'Each mark is one plan, further right the more of its goal clauses or action items pass the row’s test: a deadline is a date the text states (到2020年, 每年年底), not the plan’s own year; a lead unit is one the text marks as leading (牵头, 负责); a sum of money is an amount in yuan.',
    timeline: 'Each bar runs from the first to the last year a text covers; bars above one another cover the same years.',
    regionThemes: 'Each bar counts the items whose main theme it is: the longest bar is what the text says most about.',
    theme: 'Each bar counts one place’s items on this theme: a place with no bar says nothing on it.',
    departments: 'Each square counts the items that name one kind of department (as lead or as responsible) in one place: the darker the square, the more items.',
  },
  /** The home page as a story: each finding's sentence and proof, and each rule and check in words for the about page. */
  story: {
    lede: '{places, plural, one {What one Chinese text on “mass entrepreneurship and innovation” says, read figure by figure.} other {What {places, number, count} Chinese texts on “mass entrepreneurship and innovation” say, read figure by figure.}}',
    sentences: 'The sentences and their sources:',
    linkHere: 'Link to this finding',
    wholeText: '{place}’s report, sentence by sentence',
    howChosen: 'How each finding is chosen and checked',
    /** A finding of a comparison: places (the leaders' names), leaders (how many), of (how many places it compares). */
    promisesMost: '{places} promised the most {what}{view}{leaders, plural, one {} other {, equally}}, of the {of, plural, one {one place} other {{of, number, count} places}} with like-for-like targets.',
    promisesSimilar: '{of, plural, one {The one place that set a like-for-like target for {what} promised} other {The {of, number, count} places that set like-for-like targets for {what} promised similar amounts}}{view}.',
    reportDone: '{place} published no plan but a report of what it did: {results, plural, =0 {none of its {figures, number, count} figures is a result achieved} one {{figures, plural, one {its one figure is a result achieved} other {one of its {figures, number, count} figures is a result achieved}}} other {{results, number, count} of its {figures, number, count} figures are results achieved}}, so none is set beside another place’s promises.',
    reportTable: { what: 'What was done', figure: 'As written' },
    /** What every plan commits to: plans (how many), agreed (the kinds of help every plan answers yes), asked (how many were asked). */
    plansAgree: '{plans, plural, one {The one plan commits to {agreed, plural, one {one kind} other {{agreed, number, count} kinds}}} other {All {plans, number, count} plans commit to the same {agreed, plural, one {kind} other {{agreed, number, count} kinds}}}} of help, of the {asked, number, count} we asked each text about.',
    agreeTable: { question: 'Kind of help asked about' },
    /** Where the plans part ways: question (its words), yes and silent (how many plans each side), silentNames. */
    plansPartWays: 'Where they part ways: asked “{question}”, {yes, number, count} of the {plans, plural, one {one plan} other {{plans, number, count} plans}} {yes, plural, one {answers} other {answer}} yes, and {silentNames} {silent, plural, one {says} other {say}} nothing of it.',
    partTable: { place: 'Plan', answer: 'Its answer' },
    /** Who is named as helped: groups (those every plan names), only (how many groups one plan alone names). */
    groupsNamed: '{plans, plural, one {The one plan names} other {All {plans, number, count} plans name}} {groups} among the people {plans, plural, one {it helps} other {they help}}; {only, plural, =0 {no other group appears in one plan alone} one {one other group appears in one plan alone} other {{only, number, count} other groups each appear in one plan alone}}.',
    groupsTable: { group: 'Group of people', namedBy: 'Named in (each links to the item that names them)', every: 'every plan', alone: 'one plan alone' },
    /** The link from an answer's finding to the compare page's questions. */
    compareAnswers: 'every place’s answer, question by question',
    /** What money is on the table: plans (how many), sums (how many state a sum for a fund of their own; names: which), bare (how many name a fund without an amount). */
    moneyOnTable: 'Of {plans, plural, one {the one plan} other {the {plans, number, count} plans}}, {sums, plural, =0 {none states how much money goes into a fund of its own} one {only {names} states how much money goes into a fund of its own} other {{names} state how much money goes into a fund of their own}}{bare, plural, =0 {} one {; one more names a fund without an amount} other {; {bare, number, count} more name a fund without an amount}}.',
    moneyTable: { place: 'Plan', answer: 'Its answer', sum: 'The sum as written' },
    more: 'More about the places',
    rulesTitle: 'How the home page’s findings are chosen',
    rulesLede: 'Each finding on the home page is picked from the data by a written rule, and its sentence is published only when a check holds. When a rule finds nothing, or a check fails, the site is not updated until the finding is rewritten.',
    rule: 'Rule', check: 'Check',
    rules: {
      'promises-compared': {
        title: 'Who promised the most',
        rule: 'Among the comparisons of like with like, the one that sets the most places side by side in the view its chart opens on; in that view, the place that promised the most, naming every place tied at the top, or saying the promises are similar when the comparison calls them so (the largest only a little larger than the smallest, as its chart’s note says).',
        check: 'At least two places have a value in that view; the places named are exactly those at the top; each of their figures is a target of that place, not a result or a policy rule, and not a ceiling (“at most”).',
      },
      'plans-agree': {
        title: 'What every plan commits to',
        rule: 'Among the compare page’s questions on what help a text offers, those every plan answers yes, with or without a figure. Only plans are counted: a report of results says what was done, not what is promised.',
        check: 'The texts spoken of are exactly the plans; for each kind of help named, every plan’s yes rests on at least one item of its own, and no figure behind it is a result reported as already achieved.',
      },
      'plans-part-ways': {
        title: 'Where the plans part ways',
        rule: 'Among the same questions, those on which at least one plan answers yes and at least one says nothing; of these, the one that splits the plans most evenly (the first in the compare page’s order when two split alike). Only plans are counted.',
        check: 'Every text named is a plan; each plan said to answer yes commits to it (an item of its own, no figure behind it a result already achieved); each plan said to say nothing has the answer “not stated” and no item behind it.',
      },
      'groups-named': {
        title: 'Who the plans name as helped',
        rule: 'From the compare page’s question of the groups of people a text names as helped: the groups every plan names, and the groups only one plan names. Only plans are counted. The rule finds nothing when no group is named by every plan.',
        check: 'The texts spoken of are exactly the plans; each plan names every group said to be named by all; each group said to be one plan’s alone is named by that plan and no other; each item the table links to is of that plan and holds, within its own words, the words naming the group.',
      },
      'money-on-table': {
        title: 'What money is on the table',
        rule: 'From the compare page’s question of a dedicated fund: the plans that state how much goes into a fund of their own, and those that name a fund without an amount. Only plans are counted. The rule finds nothing when no plan states a sum.',
        check: 'The texts spoken of are exactly the plans; each plan said to state a sum has an item of its own behind it, and each sum is money in yuan the plan sets aside, not a ceiling (“up to”) and not a result already achieved; each plan said to name a fund without an amount names one on an item of its own, with no sum behind it.',
      },
      'report-done': {
        title: 'What the report says was done',
        rule: 'The first text that is a report of results rather than a plan, if it reports at least one main result: how many of its figures are results, and up to five of its main results, in the order of the text.',
        check: 'The text is a report; none of its figures is a target; no comparison sets any of its figures beside other places’ promises; every result shown is one of its own.',
      },
    },
  },
  // ——— end of the story's words ———
  region: {
    summary: 'In brief',
    /**
     * A ranking (src/i18n/rankings.ts): rank (1 the highest), of (how many are ranked), ties (how many
     * others share the rank) and tied (their names), position (first, last or middle).
     */
    compared: '{what}: {value}{hasView, select, yes {; {perView},} other {,}} {of, plural, one {the only place with a comparable target} =2 {{ties, plural, =0 {{position, select, first {the higher} other {the lower}} of the two places with a comparable target} other {the same as {tied}, the other place with a comparable target}}} other {{ties, plural, =0 {{position, select, first {the highest} last {the lowest} other {{rank, number, rank}}}} other {tied with {tied} for {position, select, first {the highest} last {the lowest} other {{rank, number, rank}}}}} of the {of, number, count} places with a comparable target}}.',
    noneCompared: 'None of its main targets counts the same thing, in the same way, as another place’s, so none is ranked.',
    share: '{goalsOf, plural, =0 {No goal clauses} other {A figure in {goals, plural, =0 {none} other {{goals, number, count}}} of its {goalsOf, plural, one {one goal clause} other {{goalsOf, number, count} goal clauses}}}} and {actionsOf, plural, =0 {no action items} other {{actions, plural, =0 {none} other {{actions, number, count}}} of its {actionsOf, plural, one {one action item} other {{actionsOf, number, count} action items}}}}: {n, number, count} of {of, plural, one {its one commitment} other {its {of, number, count} commitments}} ({pct, number}%){ranked, select, yes {, {among, plural, one {the only plan} =2 {{ties, plural, =0 {{position, select, first {more than the other plan} other {fewer than the other plan}}} other {as many as the other plan}}} other {{ties, plural, =0 {{position, select, first {the most} last {the fewest} other {{rank, number, rank}}}} other {tied with {tied} for {position, select, first {the most} last {the fewest} other {{rank, number, rank}}}}} of the {among, number, count} plans}}} other {}}.',
    leadKinds: 'The kinds of department named on the most items: {list}.',
    /** A report of results, judged apart from the plans. */
    report: 'A report of results, so not ranked with the plans: a result with a figure in {results, number, count} of {of, plural, one {its one item} other {its {of, number, count} items}}, a budget stated in {budgets, number, count}.',
    /** Which population the place’s per-resident views use, and whether any view uses it. */
    populationUse: '{cited, select, yes {Per-resident views would use this population (from a {source}); {used, select, yes {some comparisons draw them.} other {none is drawn, because fewer than two places have a population with a cited source.}}} other {Per-resident views: not available for this place, because its population has no cited source.}}',
    notFound: 'Not found, and what was searched',
    outcomes: 'It reports as done (outcomes, not promises): {list}.',
    backToFigure: 'back to the figure',
    sourceAddress: 'Published at', addressNotRecorded: 'address not recorded', populationVerified: 'Verified against the census bulletin:', populationNotVerified: 'Not verified against a census bulletin, so not used per resident:', 
    facts: 'The document', figures: 'Every figure', itemsByTheme: 'Items by theme', text: 'The text', rawText: 'Raw text as collected', corrections: 'Corrections made',
    issuer: 'Issued by', legendFigure: 'a coded figure (each links from the table above)', issued: 'Date', type: 'Type', damaged: 'damaged span, kept as found', repaired: 'repaired span',
    notStated: 'not stated in the text', sortHint: 'Select a column heading to sort.', itemsChart: 'Items per theme',
  },
  themePage: { saysNothing: 'Says nothing on this theme.', itemsPerPlace: 'Items per place', figures: 'Figures', itemCount: '{n, plural, one {# item} other {# items}}' },
  compare: {
    title: 'Compare places', pickPlaces: 'Places (choose {min, number, count} to {max, number, count})', pickMetric: 'What is compared', reported: 'Reported separately (outcomes and budgets, not promises)',
    needTwo: 'Choose at least two places.',
    noneReported: 'None for the places chosen.',
    embedAllPlaces: 'An embedded chart shows every place, in the view chosen here; the places chosen on this page are not kept.',
  },
  /** The compare page's questions: every place's answer to the codebook, question by question. */
  explorer: {
    heading: 'What each place committed to, question by question',
    lede: 'Each row asks every document the same question. A cell gives the answer in words with a mark, and opens the words of the text behind it, each linked to its sentence and source. Every answer follows from how the items and figures were read, by the rule written under each question. There is no score and no ranking: these are profiles, not a league table.',
    differencesOnly: 'Differences only: hide the questions on which the chosen places give the same answer',
    noScript: 'Without JavaScript every place and every question is shown.',
    caption: 'Each place’s answer to each question',
    question: 'Question',
    legend: 'Marks',
    themes: { document: 'The document', support: 'What help it commits', people: 'Whom it names, and jobs', responsibility: 'Who leads, and how the work is checked' },
    marks: {
      concrete: 'yes, and concrete: a figure, a sum or a named lead',
      partial: 'yes, without a figure, a sum or a named lead',
      none: 'no, or not stated',
      not_applicable: 'not applicable: a report of results',
      fact: 'a fact about the document',
    },
    aside: ' ({label})',
    howAnswered: 'How this is answered',
    behind: 'The text behind it ({n, number})',
    item: 'Item {number}',
    issuedBy: 'Issued by',
    period: 'Covers {span, select, one {{from}} other {{from}–{to}}}{inferred, select, yes { (inferred)} other {}}',
    officeKinds: 'Kinds of office',
    downloadRow: 'CSV of this question',
    embedRow: 'Embed this question',
    rowTitle: '{question} Each place’s answer',
    rowSource: 'Answers follow from how Shuangchuang Compare read each document’s items and figures; each answer links to the sentences behind it.',
    numbers: 'Numbers side by side, like with like',
    tools: 'Kinds of policy tool',
    toolsNote: 'Each document’s items that use at least one tool of the kind (after Rothwell and Zegveld). An item can use tools of several kinds, so the shares of a place are not added up.',
    toolGroups: {
      supply: 'Supply: the government provides money, premises, training or services',
      environment: 'Environment: it changes finance, tax, rules, targets or the climate of opinion',
      demand: 'Demand: it buys from start-ups',
    },
    toolShare: '{n, number} of {of, number} items ({pct, number}%)',
  },
  departments: { title: 'Who is made responsible', lede: 'Every unit a document names as responsible for an item, grouped into comparable kinds.', chart: 'Items naming each kind of department', asWritten: 'Unit as written', inEnglish: 'In English', leads: 'Items it leads', partners: 'Items it supports', responsible: 'Items listing it as responsible, no lead marked' },
  about: { title: 'About the data and methods', contents: 'Contents', taxonomy: 'The themes', furniture: 'Web-page furniture removed', raw: 'As found', replacement: 'Replaced by', confidence: 'Confidence' },
  dataPage: {
    title: 'Data and downloads',
    lede: 'Everything this site shows comes from these files, free to reuse under CC BY 4.0: every table as curated, a copy of each for spreadsheets, the data dictionary, and {documents, plural, one {the source text} other {the {documents, number, count} source texts}}.',
    colon: ': ',
    release: 'Current release', releaseNote: 'Releases are named by the date they were published.', changelog: 'What each release changed',
    everything: 'Everything in one file', zipNote: 'every table, datapackage.json, the data dictionary, a README with the citation, the licence, and the source texts as collected and as cleaned.',
    tables: 'The tables', table: 'Table', whatItIs: 'What it is', files: 'Files',
    csv: 'CSV', excelCsv: 'CSV for Excel', columns: 'Columns',
    csvNote: 'CSV: UTF-8, RFC 4180, exactly as curated (English column names). Chinese-header CSV: the same cells under each column’s Chinese name. CSV for Excel: the same cells, with a byte-order mark so Excel reads the Chinese correctly, and any cell a spreadsheet would run as a formula prefixed with an apostrophe.',
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
    lede: 'Type a word and see every place’s answer at once: the items, figures and sentences of {documents, plural, one {the document} other {the {documents, number, count} documents}}, in English or Chinese.',
    label: '{documents, plural, one {Search the document} other {Search the {documents, number, count} documents}}', submit: 'Search', filters: 'Filters',
    instrument: 'Instrument', kindOfFigure: 'Kind of figure',
    anyPlace: 'All places', anyTheme: 'All themes', anyInstrument: 'All instruments', anyKind: 'Any',
    keys: 'Results appear as you type. From the box, the down arrow moves into the results; up and down arrows move through them, Enter opens one, Escape returns to the box.',
    loading: 'Loading the search index…', loadFailed: 'The search index could not be loaded. Reload the page to try again.',
    count: '{n, plural, one {# result} other {# results}} in {places, plural, one {# place} other {# places}}',
    none: 'Nothing matches “{q}” with these filters.',
    tryThemes: 'Browse the themes instead:',
    showMore: 'Show {n, number} more',
    types: { item: 'Item', figure: 'Figure', sentence: 'Sentence' },
    noTheme: 'No theme',
    traditional: 'Queries in traditional characters are matched as simplified.',
  },
  chartTools: {
    dialogTitle: 'Embed this chart', withScript: 'Recommended: the chart resizes to fit your page', iframeOnly: 'Without a script: fixed height',
    help: 'Paste this HTML into your page. The chart links back to its full page and follows the reader’s light or dark mode.',
    copy: 'Copy', copied: 'Copied', close: 'Close', openEmbed: 'Open the embed page',
    credit: 'Shuangchuang Compare (双创对照)',
    quoteDialogTitle: 'Embed this figure as a quote card', quoteHelp: 'Paste this HTML into your page: the card shows the figure, its place, its period, the sentence it comes from and its source, and links back here.',
    quoteCardOf: 'Or embed one figure of this chart as a quote card', quoteWithScript: 'Quote card, resizing to fit your page',
  },
  /** A quote card: one figure read in the page's language, then where, what and when it is. */
  quoteCard: {
    /** "at least 300,000 people, Xianning City’s target for 2016–2020"; period: one of the period messages below. */
    lead: '{reading}, {place}’s {kind} {period}{inferred, select, yes { (period inferred)} other {}}',
    kinds: { target: 'target', outcome: 'reported result', budget: 'budget', rule: 'policy rule' },
    periodYear: 'for {year}', periodSpan: 'for {start}–{end}', periodTo: 'to {end}', periodNone: '(no period stated)',
    /** Around the document's title (as written, in Chinese). */
    source: { before: 'Source: ', after: '' },
  },
  /**
   * The about page's sections, in order (src/i18n/words.ts: aboutSectionsOf). Left out of what browser
   * code loads (src/i18n/catalogueAst.ts), so search and compare do not carry the page's long prose.
   */
  aboutSections: {
    sources: { title: '{documents, plural, one {The text} other {The {documents, number, count} texts}}', paragraphs: [
      'The texts were collected from public government web pages and are kept exactly as found in data/sources/raw/. Everything the site shows is derived from them by script, so every change is visible and repeatable.',
      'Cleaning removes web-page furniture (the lines listed below), removes the pinyin glosses printed after hundreds of characters in the Panshan text (創(chuàng) → 創), applies the corrections listed below (each matched verbatim, exactly once), converts Panshan’s traditional characters to simplified with OpenCC, and last restores the full-width Chinese commas, semicolons, colons and brackets that the capture stored half-width wherever a mark stands beside a Chinese character, but not in numbers such as 2:1, in web addresses or in a span kept as damaged; this step never changes a text’s length, so every quote stays at its offsets. Paragraph breaks are kept. A span we could not repair with confidence is not guessed: it is kept and marked 〔like this〕, and pages flag it.',
    ] },
    coding: { title: 'How items and figures were coded', paragraphs: [
      'Every numbered action item of each document is a row of measures.csv, with goal paragraphs, safeguards and work phases on top, its full text pinned by character offsets into the clean text. Each item has one to three themes (the first is primary), the policy instruments it uses, and the units made responsible, as written.',
      'Every amount in a text is either a row of targets.csv or listed in ignored-figures.csv with a reason (a name or slogan, a section or document number, a date, a definition, a denominator). A scanner finds every amount, and the site is not updated while one is neither. Each figure keeps its words as written (value_text), its numeric reading, 万 and 亿 multiplied out, a comparator (以上 → at least, 左右 → about, 以内 → at most), the years it covers, its measure (new during the period, in place at the end, a running total, per year, a share or a policy term, read from the cue words of its clause), its scope (the whole place, or one programme, fund or campaign, with the deciding words quoted) and its definition: what exactly it counts, and of whom.',
      'Kinds: a target is a commitment; an outcome is a result reported as achieved (all of Panshan’s report); a budget is money set aside; a rule is a policy parameter such as a subsidy per person. Amounts per person or per firm are never added up.',
    ] },
    comparison: { title: 'How places are compared', paragraphs: [
      'Comparison charts draw only like with like: one main target per place, of the same definition, the same measure and the whole place, and only where at least two places have one. Every other figure of the same family is listed under the chart with the reason it is not compared: it counts something else, it is an amount per person or per unit, it is measured differently, it covers one programme, it is part of another total, its period is not stated, it is not the place’s main target, or (per resident) the place has no population with a cited source. Reported outcomes and budgets are shown apart, never mixed with promises.',
      'Views follow the measure: amounts new during the period can be read as they are, per year of their period (inclusive), per 10,000 residents and per 10,000 residents per year; where the places’ periods differ in length the per-year view comes first, and every bar is labelled with its period. Stocks, running totals and amounts per year are read as they are and per 10,000 residents; shares only as they are. Per-resident views divide only by a population whose source is named and cited (a census bulletin, a statistical yearbook or a government page), say which kind, and leave out places without one. Figures whose period is inferred are marked; a figure whose measure is uncertain (it may be a running total) stays compared, marked on the chart, in its table and in its receipt with the words that make it uncertain.',
      'The “how concrete” chart counts commitments, not only numbered items: each goal paragraph is split into its clauses (at ；and 。), and goal clauses and action items are shown apart. For each plan it counts the share that has a figure; states a deadline (a date the text states, such as 力争2016年, 到2020年 or 每年年底 as a recurring one, quoted in the data; a year the item only inherits from the plan’s title or period is not a deadline); names a lead unit (the text says 牵头 or 负责, or marks a lead) or only lists responsible units; states a sum of money (an amount in yuan) or only names a money instrument such as a fund or a subsidy without an amount. A report of results is never ranked with the plans: it is judged apart on the results it reports with figures and the budgets it states. A plan with no action items is said to have none, not drawn at 0%.',
    ] },
    caveats: { title: 'Caveats', paragraphs: [
      '{places, plural, one {The one place so far is {smallestName} ({smallestPopulation}, {smallestKind}, {smallestYear}).} other {The {places, number, count} places differ {sizeRatio}-fold in population, from {smallestName} ({smallestPopulation}, {smallestKind}, {smallestYear}) to {largestName} ({largestPopulation}, {largestKind}, {largestYear}); per-capita views help but do not make them alike.}}',
      'The documents cover different periods ({shortestYears, plural, one {one year} other {{shortestYears, number, count} years}} to {longestYears, number, count}) and the populations come from different years and definitions (resident, registered or total), each stated where it is used. Xianning’s and Panshan’s periods and dates are inferred; Yuetang’s date is inferred from its title.',
      'Panshan’s text is a report of what was done, not a plan: its figures are outcomes and budgets, so it rarely appears in the comparison of promises.',
    ] },
    errors: { title: 'How to report an error', paragraphs: [
      'Every figure links to its sentence in the text. If a figure, a date or a translation is wrong, tell us which (the target_id or measure_id in the tables helps) and what the text says. Corrections are made in the CSV files, listed in data/CHANGELOG.md, and published as a new dated version.',
    ] },
    licence: { title: 'Licence and citation', paragraphs: [
      'The curated data is licensed under CC BY 4.0; the code under MIT. The source texts are official documents published for the public. Please cite: Shuangchuang Compare (双创对照), dataset version shown on the Data page.',
    ] },
  },
} as const;

/** The shape of every locale's catalogue: what another language may put in each place of the English one. */
export type Catalogue = Widen<typeof en>;
export default en;
