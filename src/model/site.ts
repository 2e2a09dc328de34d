// The shape of what the build derives from data/ for the pages (src/generated/site.json).
import type { INSTRUMENT_GROUPS, TOOL_GROUPS } from '../schema/vocabulary.ts';
import type { Region, Document, Theme, Metric, Definition, Measure, Target, Correction, Department, GlossaryTerm, Question, CodebookAnswer, TargetGroupRow } from '../schema/index.ts';

/** per_year: a figure new during its period divided by the period's years (no population needed). */
export const VIEWS = ['absolute', 'per_year', 'capita', 'capita_year'] as const;
export type View = (typeof VIEWS)[number];

/** Views each measure supports: a toggle is absent where its view is undefined. */
export const VIEWS_BY_MEASURE: Record<Target['measure'], readonly View[]> = {
  new_in_period: ['absolute', 'per_year', 'capita', 'capita_year'],
  stock_at_end: ['absolute', 'capita'],
  cumulative: ['absolute', 'capita'],
  per_period: ['absolute', 'capita'],
  share: ['absolute'],
  parameter: [],
};

/** Values within this ratio of each other (largest ÷ smallest) are called similar, not ranked. */
export const SIMILAR_RATIO = 1.5;

/** Why a figure of a compared family is not drawn beside the others: one reason each, most basic first. */
export const NOT_COMPARED_REASONS = [
  'different_definition', 'per_unit_amount', 'different_measure', 'programme_scope', 'part_of_total', 'period_not_stated', 'not_headline', 'no_census_population',
] as const;
export type NotComparedReason = (typeof NOT_COMPARED_REASONS)[number];

/** One place in one comparison: the value drawn in each view, or why there is none. */
export interface ComparisonRow {
  definition: string;
  metric: string;
  region_id: string;
  doc_id: string;
  /** target: a bar; not_compared: the place has figures in this family, none like the others; no_target: none at all. */
  status: 'target' | 'not_compared' | 'no_target';
  target_id?: string;
  value_text?: string;
  comparator?: Target['comparator'];
  measure?: Target['measure'];
  period_start?: number;
  period_end?: number;
  years?: number;
  period_inferred?: boolean;
  /** The population the per-resident views divide by, where its source is cited, and the kind of that source. */
  population?: number;
  population_source_kind?: Region['population_source_kind'];
  /** The other measure the figure may have, and the words that make it uncertain (targets.measure_uncertain*). */
  measure_uncertain?: { measure: Target['measure']; en: string; zh: string };
  absolute?: number;
  per_year?: number;
  capita?: number;
  capita_year?: number;
  /** Views of the comparison in which this place's bar is not drawn, and why. */
  reasons: Partial<Record<View, NotComparedReason>>;
}

/** A figure of the family that is listed under the chart instead of drawn in it. */
export interface NotComparedRow {
  region_id: string;
  doc_id: string;
  target_id: string;
  definition: string;
  /** What the figure counts, in each language: the reader sees what it is before why it is left out. */
  definition_en: string;
  definition_zh: string;
  value_text: string;
  comparator: Target['comparator'];
  value_base: number;
  reason: NotComparedReason;
}

/** The claim one view supports, computed from its drawn values; the words come from the locale. */
export interface Finding {
  view: View;
  /** most: leaders are highest; similar: all within SIMILAR_RATIO; only_one: a single place has a value; none: no place has. */
  qualifier: 'most' | 'similar' | 'only_one' | 'none';
  /** Places with a value in this view, highest first, and their values. */
  places: string[];
  values: number[];
  /** The places the finding names: the highest (ties included), or all when similar. */
  leaders: string[];
}

export interface Comparison {
  definition: string;
  metric: string;
  measure: Target['measure'];
  views: readonly View[];
  rows: ComparisonRow[];
  notCompared: NotComparedRow[];
  /** Outcomes and budgets reported for this family, shown apart from the promises. */
  reported: { region_id: string; target_id: string; kind: Target['kind']; value_base: number; base_unit: string; value_text: string; description_en: string; description_zh: string }[];
  findings: Finding[];
}

/** Where a glossary term stands in the texts: per place, the items that hold it. */
export interface GlossaryUse { term_zh: string; places: { region_id: string; items: { measure_id: string; section: string }[] }[] }

/** The groups of commitments concreteness counts, shown apart: goal clauses and numbered action items. */
export const COMMITMENT_GROUPS = ['goal', 'action'] as const;
export type CommitmentGroup = (typeof COMMITMENT_GROUPS)[number];

/**
 * What a reader can check of one goal clause or action item (data/README.md, "Concreteness"). The
 * definitions other pages and downloads use: `deadline_zh` is a stated deadline (never a year the item
 * inherits from the document's title or period); `leadership` tells a named lead (牵头, 负责) from
 * responsible units listed without one; `money` tells a stated sum from a money instrument without one.
 */
export interface ItemCriteria {
  measure_id: string;
  doc_id: string;
  region_id: string;
  group: CommitmentGroup;
  /** How many coded figures (targets, rules, budgets, results) the item holds. */
  figures: number;
  /** The words that state its deadline, verbatim; absent when none is stated. */
  deadline_zh?: string;
  /** lead_named: the text marks a lead unit; responsible_listed: it names units without a lead; none. */
  leadership: 'lead_named' | 'responsible_listed' | 'none';
  /** sum_stated: a figure in yuan; instrument_no_amount: a money instrument (fund, subsidy, loan…) without a sum; none. */
  money: 'sum_stated' | 'instrument_no_amount' | 'none';
  /** A report's items: a result reported with a figure; a budget stated. */
  result: boolean;
  budget: boolean;
}

/** Criteria counted per group of a plan's commitments; a report is judged on results and budgets instead. */
export const PLAN_CRITERIA = ['figure', 'deadline', 'lead_unit', 'responsible_listed', 'money_sum', 'money_instrument'] as const;
export type PlanCriterion = (typeof PLAN_CRITERIA)[number];
export const REPORT_CRITERIA = ['result', 'budget'] as const;
export type ReportCriterion = (typeof REPORT_CRITERIA)[number];

/** One group of one document: how many items it has, how many coded figures, and how many meet each criterion. */
export interface CriteriaCounts extends Record<PlanCriterion | ReportCriterion, number> {
  items: number;
  figures: number;
}

export interface Concreteness {
  doc_id: string;
  region_id: string;
  doc_type: Document['doc_type'];
  goal: CriteriaCounts;
  action: CriteriaCounts;
}

export interface Edit { correction_id: string; start: number; end: number; confidence: Correction['confidence'] }

export interface DocumentText {
  doc_id: string;
  clean: string;
  raw: string;
  edits: Edit[];
  /** Sentence boundaries of the clean text ([start, end) pairs), for #s-<n> anchors. */
  sentences: [number, number][];
}

export interface DepartmentKindCount { kind: Department['kind']; region_id: string; items: number }

/** How many of a document's action items use an instrument of one kind of help. */
export interface InstrumentShare { doc_id: string; region_id: string; group: (typeof INSTRUMENT_GROUPS)[number]; items: number; actions: number }

/** The opening of a region page (scripts/derive/placeSummaries.ts). */
export interface PlaceSummary {
  region_id: string;
  doc_id: string;
  /** Each headline target drawn in a comparison: its rank (1 = highest, in the comparison's first view) of `of` places, and the places that share it. */
  compared: { definition: string; target_id: string; view: View; rank: number; of: number; tiedWith: string[] }[];
  /** A plan's commitments with a figure, goal clauses and action items apart; its rank among plans and the plans that share it. */
  share?: { goal: { count: number; of: number }; action: { count: number; of: number }; count: number; of: number; rank: number; among: number; tiedWith: string[] };
  /** A report, judged apart from the plans: items with a result reported with a figure, and items stating a budget, of its items. */
  report?: { results: number; budgets: number; of: number };
  leadKinds: { kind: DepartmentKindCount['kind']; items: number }[];
  /** A report's headline outcomes, in the order of the text. */
  outcomes: string[];
}

/** Verbatim words behind an answer (a row of target-groups.csv or checks.csv), pinned by offsets. */
export interface AnswerQuote { answer: string; measure_id: string; start: number; end: number; quote_zh: string }

/** Facts a cell states beside its answer: who issued the text, its period, the kinds of office it names. */
export interface AnswerFacts {
  issuer_zh?: string;
  issuer_en?: string;
  period_start?: number;
  period_end?: number;
  period_inferred?: boolean;
  unit_kinds?: string[];
}

/** One place's answer to one question of the codebook (scripts/derive/answers/), and the rows behind it. */
export interface PlaceAnswer {
  question_id: string;
  region_id: string;
  doc_id: string;
  /** Ids of the question's closed list (data/codebook-answers.csv), in its order; one unless the question is multiple. */
  answers: string[];
  measure_ids: string[];
  target_ids: string[];
  quotes: AnswerQuote[];
  facts?: AnswerFacts;
}

/** How many of a document's items use a policy tool of one kind (an item may use several kinds: never summed). */
export interface ToolShare { doc_id: string; region_id: string; tool_group: (typeof TOOL_GROUPS)[number]; items: number; of: number }
/**
 * The findings the home page tells, in the order it tells them (scripts/derive/findings/ holds each
 * one's rule and check). Each id is also the finding's anchor on the home page, so it stays as it is.
 */
export const STORY_FINDINGS = ['promises-compared', 'plans-agree', 'plans-part-ways', 'groups-named', 'money-on-table', 'report-done'] as const;
export type StoryFindingId = (typeof STORY_FINDINGS)[number];

/** The one comparison of like with like the story tells, in the view its chart opens on. */
export interface PromisesComparedFinding {
  id: 'promises-compared';
  definition: string;
  view: View;
  /** most: `leaders` (every place tied at the top) promised the most; similar: every place within SIMILAR_RATIO. */
  qualifier: 'most' | 'similar';
  leaders: string[];
  /** The places drawn in that view, highest first, and the figure each was drawn from. */
  places: string[];
  targets: string[];
}

/** What a report of results says was done: its results, and the headline ones the page shows. */
export interface ReportDoneFinding {
  id: 'report-done';
  region_id: string;
  doc_id: string;
  /** Every figure of the report, and how many of them are results reported as achieved. */
  figures: number;
  results: number;
  /** Its headline results, in the order of the text (the proof table). */
  named: string[];
}

/** One plan's answer to one question, as a proof table shows it: its answers and the item it links to. */
export interface PlanAnswerCell { region_id: string; answers: string[]; measure_id?: string }

/** The kinds of help every plan commits to: the support questions every plan answers yes (reports never counted). */
export interface PlansAgreeFinding {
  id: 'plans-agree';
  /** The places whose text is a plan, in the places' order. */
  plans: string[];
  /** How many support questions were asked, and those every plan answers yes, in the codebook's order. */
  asked: number;
  questions: { question_id: string; cells: PlanAnswerCell[] }[];
}

/** Where the plans part ways: the support question on which the plans split most evenly between yes and silence. */
export interface PlansPartWaysFinding {
  id: 'plans-part-ways';
  plans: string[];
  question_id: string;
  /** The plans answering yes and those saying nothing of it, in the places' order. */
  yes: string[];
  silent: string[];
  cells: PlanAnswerCell[];
}

/** Who the plans name as helped: the groups every plan names, and those one plan alone names. */
export interface GroupsNamedFinding {
  id: 'groups-named';
  plans: string[];
  everyPlan: string[];
  /** Each group one plan alone names, with that plan, in the codebook's order. */
  onlyOne: { group: string; region_id: string }[];
  /** Where each group shown is named: the item of each plan holding the first words naming it. */
  named: { group: string; region_id: string; measure_id: string }[];
}

/** What money is on the table: the plans stating a sum for a fund of their own, and those naming a fund without one. */
export interface MoneyOnTableFinding {
  id: 'money-on-table';
  plans: string[];
  question_id: string;
  withSum: string[];
  withoutSum: string[];
  /** Every plan's answer, and the sums (figures) behind it, in the places' order. */
  cells: (PlanAnswerCell & { target_ids: string[] })[];
}

export type StoryFinding = PromisesComparedFinding | PlansAgreeFinding | PlansPartWaysFinding | GroupsNamedFinding | MoneyOnTableFinding | ReportDoneFinding;

export interface SiteData {
  version: string;
  regions: Region[];
  documents: Document[];
  themes: Theme[];
  metrics: Metric[];
  definitions: Definition[];
  measures: Measure[];
  targets: Target[];
  corrections: Correction[];
  departments: Department[];
  glossary: GlossaryTerm[];
  glossaryUses: GlossaryUse[];
  texts: DocumentText[];
  comparisons: Comparison[];
  concreteness: Concreteness[];
  /** Each goal clause and action item, with what a reader can check of it. */
  itemCriteria: ItemCriteria[];
  departmentKinds: DepartmentKindCount[];
  instrumentMix: InstrumentShare[];
  /** Published releases frozen in data/releases/, oldest first, and their dates. */
  releases: { version: string; date: string }[];
  /** What each region page opens with. */
  placeSummaries: PlaceSummary[];
  /** The codebook's questions (in order), their closed lists of answers, and every place's answers. */
  codebook: Question[];
  codebookAnswers: CodebookAnswer[];
  answers: PlaceAnswer[];
  targetGroups: TargetGroupRow[];
  toolMix: ToolShare[];
  /** The home page's findings, in the order it tells them; every one held its check when derived. */
  story: StoryFinding[];
  /** Lines of the collected web pages removed as furniture (scripts/text/furniture.ts), for the about page. */
  furniture: { pattern: string; what_en: string; what_zh: string }[];
}
