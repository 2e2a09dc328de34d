// One function per question of the codebook (data/codebook.csv names it in `rule`): each derives one
// place's answer from its coded rows and says which rows it rests on. Answers are ids of the
// codebook's closed list (data/codebook-answers.csv); derive checks them against it.
import type { AnswerRule } from '../../../src/schema/vocabulary.ts';
import type { Check, Definition, Department, Document, InstrumentKind, Measure, Region, Target, TargetGroupRow } from '../../../src/schema/index.ts';
import type { AnswerFacts, AnswerQuote } from '../../../src/model/site.ts';
import { isCommittedSum, responsibilityOf, statesDeadline } from './criteria.ts';

/** Everything coded about one place's document. */
export interface PlaceRows {
  region: Region;
  document: Document;
  measures: Measure[];
  targets: Target[];
  groups: TargetGroupRow[];
  checks: Check[];
  departments: Department[];
  instruments: InstrumentKind[];
  definitions: Definition[];
}

/** A rule's answer: ids of the closed list, and the rows behind them. */
export interface RuleAnswer {
  answers: string[];
  measure_ids?: string[];
  target_ids?: string[];
  quotes?: AnswerQuote[];
  facts?: AnswerFacts;
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
const isReport = (p: PlaceRows) => p.document.doc_type === 'report';
const NOT_APPLICABLE: RuleAnswer = { answers: ['not_applicable'] };

/** What a topic question asks of the rows: which items take it up, and which figures give it a figure. */
interface Topic { items: (m: Measure) => boolean; figures: (t: Target) => boolean }

/** A plan commits (with or without a figure); a report reports; neither items nor figures is "not stated". */
function topic(p: PlaceRows, { items, figures }: Topic): RuleAnswer {
  const found = p.measures.filter(items);
  const counted = p.targets.filter(figures);
  if (found.length === 0 && counted.length === 0) return { answers: ['not_stated'] };
  const withFigure = counted.length > 0;
  const answer = isReport(p) ? (withFigure ? 'reported_with_figure' : 'reported') : (withFigure ? 'with_figure' : 'without_figure');
  const measureIds = new Set([...found.map((m) => m.measure_id), ...counted.map((t) => t.measure_id)]);
  return { answers: [answer], measure_ids: p.measures.map((m) => m.measure_id).filter((id) => measureIds.has(id)), target_ids: counted.map((t) => t.target_id) };
}

const uses = (...instruments: string[]) => (m: Measure) => m.instruments.some((i) => instruments.includes(i));
const about = (...themes: string[]) => (m: Measure) => m.themes.some((t) => themes.includes(t));
const counts = ({ metrics = [], definitions = [] }: { metrics?: string[]; definitions?: string[] }) =>
  (t: Target) => metrics.includes(t.metric) || definitions.includes(t.definition);

export const answerRules: Record<AnswerRule, (p: PlaceRows) => RuleAnswer> = {
  documentKind: (p) => ({ answers: [p.document.doc_type] }),

  governmentLevel: (p) => ({ answers: [p.region.level] }),

  issuerNamed: (p) => p.document.issuer_zh
    ? { answers: ['named'], facts: { issuer_zh: p.document.issuer_zh, issuer_en: p.document.issuer_en ?? p.document.issuer_zh } }
    : { answers: ['not_stated'] },

  ownDeadlines: (p) => {
    if (isReport(p)) return NOT_APPLICABLE;
    const { period_start, period_end, period_inferred } = p.document;
    const facts = { period_start, period_end, period_inferred };
    const dated = p.measures.filter((m) => statesDeadline(m, p.targets.filter((t) => t.measure_id === m.measure_id), p.document));
    return dated.length ? { answers: ['own_deadlines'], measure_ids: dated.map((m) => m.measure_id), facts } : { answers: ['period_only'], facts };
  },

  incubators: (p) => topic(p, {
    items: (m) => about('incubation')(m) && uses('space')(m),
    figures: counts({ metrics: ['incubators_and_spaces', 'incubation_floor_space', 'startup_employment_bases'] }),
  }),

  guaranteeLoans: (p) => topic(p, { items: uses('guarantee'), figures: counts({ metrics: ['guarantee_loans_cny'] }) }),

  subsidiesAwards: (p) => topic(p, {
    items: uses('subsidy', 'award'),
    figures: counts({ metrics: ['subsidy_per_unit_cny', 'award_per_unit_cny'], definitions: ['incubation_subsidies_paid'] }),
  }),

  taxFeeRelief: (p) => {
    const found = p.measures.filter((m) => uses('tax')(m) || about('tax_fees')(m));
    if (!found.length) return { answers: ['not_stated'] };
    return { answers: [isReport(p) ? 'reported' : 'without_figure'], measure_ids: found.map((m) => m.measure_id) };
  },

  dedicatedFund: (p) => {
    const funds = p.measures.filter(uses('fund'));
    if (!funds.length) return { answers: ['not_stated'] };
    const fundIds = new Set(funds.map((m) => m.measure_id));
    const sums = p.targets.filter((t) => fundIds.has(t.measure_id) && isCommittedSum(t));
    const answer = isReport(p) ? (sums.length ? 'reported_with_sum' : 'reported_without_sum') : (sums.length ? 'with_sum' : 'without_sum');
    return { answers: [answer], measure_ids: funds.map((m) => m.measure_id), target_ids: sums.map((t) => t.target_id) };
  },

  procurement: (p) => topic(p, {
    items: uses('procurement'),
    figures: counts({ metrics: ['procurement_threshold_cny'], definitions: ['procurement_price_deduction'] }),
  }),

  training: (p) => topic(p, { items: uses('training'), figures: counts({ metrics: ['people_trained'] }) }),

  servicePlatforms: (p) => topic(p, {
    items: about('service_platforms'),
    figures: counts({ metrics: ['service_platforms'], definitions: ['platform_registered_firms'] }),
  }),

  streamlining: (p) => topic(p, {
    items: about('streamlining'),
    figures: counts({ metrics: ['admin_service_items'], definitions: ['approval_time_share'] }),
  }),

  groupsNamed: (p) => {
    const named = p.groups.filter((g) => g.target_group !== 'none_named' && g.quote_zh !== undefined);
    if (!named.length) return { answers: ['none_named'] };
    return {
      answers: unique(named.map((g) => g.target_group)),
      measure_ids: unique(named.map((g) => g.measure_id)),
      quotes: named.map((g) => ({ answer: g.target_group, measure_id: g.measure_id, start: g.quote_start!, end: g.quote_end!, quote_zh: g.quote_zh! })),
    };
  },

  jobsTarget: (p) => {
    if (isReport(p)) return NOT_APPLICABLE;
    const jobs = p.targets.filter((t) => t.kind === 'target' && t.metric === 'jobs_created');
    if (!jobs.length) return { answers: ['no_jobs_target'] };
    return { answers: unique(jobs.map((t) => t.definition)), measure_ids: unique(jobs.map((t) => t.measure_id)), target_ids: jobs.map((t) => t.target_id) };
  },

  whoLeads: (p) => {
    if (isReport(p)) return NOT_APPLICABLE;
    const said = p.measures.map((m) => ({ m, says: responsibilityOf(m, p.measures) }));
    const kindOf = (unit: string) => p.departments.find((d) => d.doc_id === p.document.doc_id && d.name === unit)?.kind ?? 'other';
    for (const [says, answer] of [['lead', 'lead_named'], ['responsible', 'responsible_only']] as const) {
      const items = said.filter((x) => x.says === says).map((x) => x.m);
      if (items.length) return { answers: [answer], measure_ids: items.map((m) => m.measure_id), facts: { unit_kinds: unique(items.flatMap((m) => (says === 'lead' ? m.lead_units : [...m.responsible_units, ...m.partner_units]).map(kindOf))).sort() } };
    }
    return { answers: ['not_stated'] };
  },

  howChecked: (p) => {
    if (isReport(p)) return NOT_APPLICABLE;
    if (!p.checks.length) return { answers: ['not_stated'] };
    return {
      answers: unique(p.checks.map((c) => c.check)),
      measure_ids: unique(p.checks.map((c) => c.measure_id)),
      quotes: p.checks.map((c) => ({ answer: c.check, measure_id: c.measure_id, start: c.quote_start, end: c.quote_end, quote_zh: c.quote_zh })),
    };
  },

  howOften: (p) => {
    if (isReport(p)) return NOT_APPLICABLE;
    const stated = p.checks.filter((c) => c.frequency !== 'not_stated');
    if (!stated.length) return { answers: ['not_stated'] };
    return {
      answers: unique(stated.map((c) => c.frequency)),
      measure_ids: unique(stated.map((c) => c.measure_id)),
      quotes: stated.map((c) => ({ answer: c.frequency, measure_id: c.measure_id, start: c.quote_start, end: c.quote_end, quote_zh: c.quote_zh })),
    };
  },
};
