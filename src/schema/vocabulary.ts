// Closed vocabularies shared by several tables.
export const BASE_UNITS = ['cny', 'person', 'person_time', 'entity', 'facility', 'project', 'event', 'm2', 'percent', 'ratio', 'count', 'year', 'month', 'day'] as const;
export const INSTRUMENTS = [
  'fund', 'subsidy', 'tax', 'loan', 'guarantee', 'equity', 'award', 'procurement', 'platform', 'space',
  'training', 'event', 'publicity', 'regulation', 'land', 'coordination', 'evaluation',
] as const;
/** What kind of help an instrument gives (data/instruments.csv maps each instrument to one). */
export const INSTRUMENT_GROUPS = ['money', 'space', 'training', 'rules', 'services'] as const;
export const TARGET_KINDS = ['target', 'outcome', 'budget', 'rule'] as const;
export const COMPARATORS = ['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range'] as const;
/** What a figure counts over time (data/README.md, "Time, measure and scope"). */
export const MEASURES = ['new_in_period', 'stock_at_end', 'cumulative', 'per_period', 'share', 'parameter'] as const;
export type TargetMeasure = (typeof MEASURES)[number];
/** Whose figure it is: the whole jurisdiction, or a narrower programme, fund, network or group. */
export const SCOPES = ['whole_place', 'programme'] as const;
/** Whom a definition counts or serves. */
export const TARGET_GROUPS = [
  'all_residents', 'workers', 'rural_workers', 'migrant_workers', 'hard_to_employ', 'university_students', 'women', 'ex_servicemen',
  'entrepreneurs', 'firms', 'small_micro_firms', 'tech_firms',
] as const;
/** `per` values that are spans of time: a figure per year is a rate (per_period), not a per-unit amount. */
export const TIME_PER = ['year', 'half_year', 'quarter', 'month'] as const;
export const PER = ['person', 'entity', 'project', 'year', 'half_year', 'quarter', 'facility', 'event', 'unit', 'household', 'month'] as const;
export const IGNORE_REASONS = ['name_or_slogan', 'section_number', 'document_number', 'date_or_span', 'definition', 'denominator', 'ordinal', 'article'] as const;
/** Why a fixed word of data/ignored-terms.csv holds a numeral that is not an amount. */
export const TERM_REASONS = ['fixed_word', 'name_or_slogan', 'ordinal'] as const;
export const ITEM_TYPES = ['goal', 'action', 'safeguard', 'phase'] as const;
export const DEPARTMENT_KINDS = [
  'government_office', 'development_reform', 'human_resources', 'finance', 'science_technology', 'industry_it',
  'commerce', 'market_regulation', 'education', 'tax', 'financial_regulation', 'natural_resources', 'agriculture',
  'publicity', 'mass_organisations', 'parks_and_zones', 'local_governments', 'other',
] as const;
/** What kind of change a cell's change between releases is (changes.csv). */
export const CHANGE_KINDS = ['correction', 'recoding', 'reanchoring'] as const;
/** Shapes a place can be drawn with where colour alone must not tell places apart (d3's filled symbols). */
export const PLACE_SYMBOLS = ['circle', 'square', 'diamond', 'triangle', 'star', 'cross', 'wye'] as const;
/** Named, cited sources a per-resident view may take a population from; none: no source can be cited. */
export const POPULATION_SOURCE_KINDS = ['census_bulletin', 'statistical_yearbook', 'government_page', 'none'] as const;
export const CITED_POPULATION_SOURCES = ['census_bulletin', 'statistical_yearbook', 'government_page'] as const;
/**
 * Whom an item names as helped (data/target-groups.csv): the target_group words above where they fit,
 * and groups the texts name that no figure counts. Founders and the public at large, whom every item
 * serves, are not a group; firms are not coded here. `none_named` is the row of an item naming none.
 */
export const ITEM_GROUPS = [
  'university_students', 'young_people', 'women', 'ex_servicemen', 'migrant_workers', 'rural_workers', 'rural_residents',
  'unemployed', 'hard_to_employ', 'people_with_disabilities', 'researchers', 'talent', 'overseas_talent', 'public_employees', 'workers',
  'none_named',
] as const;
/** How a plan says its work will be checked (data/checks.csv). */
export const CHECKS = ['inspection', 'evaluation', 'performance_review', 'progress_report'] as const;
/** How often a check is made, as the text says; `not_stated` when it does not. */
export const CHECK_FREQUENCIES = ['half_yearly', 'yearly', 'at_stages', 'regularly', 'not_stated'] as const;
/** Policy tools after Rothwell and Zegveld: supply (push), environment (framework) and demand (pull). */
export const TOOL_GROUPS = ['supply', 'environment', 'demand'] as const;
/** Themes the codebook's questions are grouped under on the compare page. */
export const QUESTION_THEMES = ['document', 'support', 'people', 'responsibility'] as const;
/** How an answer is marked: yes and concrete (a figure, a sum, a named lead), yes without that, none or not stated, not applicable, or a fact about the document. */
export const ANSWER_MARKS = ['concrete', 'partial', 'none', 'not_applicable', 'fact'] as const;
/** The named derivations of the codebook (data/codebook.csv: rule), one tested function each (scripts/derive/answers/). */
export const ANSWER_RULES = [
  'documentKind', 'governmentLevel', 'issuerNamed', 'ownDeadlines',
  'incubators', 'guaranteeLoans', 'subsidiesAwards', 'taxFeeRelief', 'dedicatedFund', 'procurement', 'training', 'servicePlatforms', 'streamlining',
  'groupsNamed', 'jobsTarget',
  'whoLeads', 'howChecked', 'howOften',
] as const;
export type AnswerRule = (typeof ANSWER_RULES)[number];
