// Each rule of the codebook on small synthetic rows, one case per kind of answer it can give, with
// the expected answer written by hand from the definition in data/codebook.csv.
import { describe, expect, test } from 'vitest';
import { answerRules, type PlaceRows } from './rules.ts';
import { responsibilityOf, statesDeadline, isCommittedSum } from './criteria.ts';
import { deriveAnswers, toolMix } from './answers.ts';
import { ANSWER_RULES } from '../../../src/schema/vocabulary.ts';
import type { Check, CodebookAnswer, Document, InstrumentKind, Measure, Question, Region, Target, TargetGroupRow } from '../../../src/schema/index.ts';

const item = (m: Partial<Measure> & { measure_id: string }) => ({
  doc_id: 'd', item_type: 'action', themes: ['governance'], instruments: [], lead_units: [], responsible_units: [], partner_units: [], has_date: false,
  quote_start: 0, quote_end: 10, quote_zh: '〇〇〇〇〇〇〇〇〇〇', ...m,
}) as Measure;
const figure = (t: Partial<Target> & { target_id: string; measure_id: string }) => ({
  doc_id: 'd', kind: 'target', metric: 'other', definition: 'other', base_unit: 'count', period_start: 2016, period_end: 2016, period_inferred: true, ...t,
}) as Target;
const plan = { doc_id: 'd', region_id: 'r', doc_type: 'plan', period_start: 2016, period_end: 2018, period_inferred: false } as Document;
const report = { ...plan, doc_type: 'report' } as Document;

const place = (p: Partial<PlaceRows> = {}): PlaceRows => ({
  region: { region_id: 'r', level: 'county' } as Region, document: plan, measures: [], targets: [], groups: [], checks: [], departments: [], instruments: [], definitions: [], ...p,
});
const answer = (rule: keyof typeof answerRules, p: Partial<PlaceRows>) => answerRules[rule](place(p)).answers;

test('every rule the codebook may name has a function', () => {
  expect(Object.keys(answerRules).sort()).toEqual([...ANSWER_RULES].sort());
});

describe('facts about the document', () => {
  test('documentKind and governmentLevel read the document and its place', () => {
    expect(answer('documentKind', {})).toEqual(['plan']);
    expect(answer('documentKind', { document: report })).toEqual(['report']);
    expect(answer('governmentLevel', { region: { region_id: 'r', level: 'district' } as Region })).toEqual(['district']);
  });
  test('issuerNamed: named with the issuer as a fact, or not stated', () => {
    const named = answerRules.issuerNamed(place({ document: { ...plan, issuer_zh: '某县政府办公室', issuer_en: 'County office' } }));
    expect(named).toMatchObject({ answers: ['named'], facts: { issuer_zh: '某县政府办公室', issuer_en: 'County office' } });
    expect(answer('issuerNamed', {})).toEqual(['not_stated']);
  });
});

describe('ownDeadlines', () => {
  test('an item stating a date of its own sets a deadline; the period is given beside it', () => {
    const got = answerRules.ownDeadlines(place({ measures: [item({ measure_id: 'a1', has_date: true, deadline_zh: '力争2016年' }), item({ measure_id: 'a2', has_date: true })] }));
    expect(got).toEqual({ answers: ['own_deadlines'], measure_ids: ['a1'], facts: { period_start: 2016, period_end: 2018, period_inferred: false } });
  });
  test('a goal that only restates the document’s period sets none: period only', () => {
    const goal = item({ measure_id: 'g1', item_type: 'goal', has_date: true });
    const restating = figure({ target_id: 't1', measure_id: 'g1', period_start: 2016, period_end: 2018, period_inferred: false });
    expect(answer('ownDeadlines', { measures: [goal], targets: [restating] })).toEqual(['period_only']);
    expect(answer('ownDeadlines', { measures: [item({ measure_id: 'a1' })] })).toEqual(['period_only']);
  });
  test('a report of results: not applicable', () => {
    expect(answer('ownDeadlines', { document: report, measures: [item({ measure_id: 'a1', has_date: true })] })).toEqual(['not_applicable']);
  });
});

describe('topic questions: with a figure, without, reported, not stated', () => {
  const guarantee = item({ measure_id: 'a1', instruments: ['guarantee', 'loan'] });
  const loansIssued = figure({ target_id: 't1', measure_id: 'a1', metric: 'guarantee_loans_cny', base_unit: 'cny' });
  test('guaranteeLoans', () => {
    expect(answerRules.guaranteeLoans(place({ measures: [guarantee], targets: [loansIssued] }))).toEqual({ answers: ['with_figure'], measure_ids: ['a1'], target_ids: ['t1'] });
    expect(answer('guaranteeLoans', { measures: [guarantee] })).toEqual(['without_figure']);
    expect(answer('guaranteeLoans', { document: report, measures: [guarantee], targets: [loansIssued] })).toEqual(['reported_with_figure']);
    expect(answer('guaranteeLoans', { document: report, measures: [guarantee] })).toEqual(['reported']);
    expect(answer('guaranteeLoans', { measures: [item({ measure_id: 'a2', instruments: ['loan'] })] })).toEqual(['not_stated']);
  });
  test('incubators need the incubation theme and premises; a figure of spaces anywhere in the document counts', () => {
    const building = item({ measure_id: 'a1', themes: ['incubation'], instruments: ['space'] });
    const goal = item({ measure_id: 'g1', item_type: 'goal' });
    const spaces = figure({ target_id: 't1', measure_id: 'g1', metric: 'incubators_and_spaces' });
    expect(answerRules.incubators(place({ measures: [goal, building], targets: [spaces] }))).toEqual({ answers: ['with_figure'], measure_ids: ['g1', 'a1'], target_ids: ['t1'] });
    expect(answer('incubators', { measures: [building] })).toEqual(['without_figure']);
    expect(answer('incubators', { measures: [item({ measure_id: 'a1', themes: ['incubation'], instruments: ['fund'] })] })).toEqual(['not_stated']);
  });
  test('subsidiesAwards counts per-unit amounts and subsidies paid, not other money', () => {
    const award = item({ measure_id: 'a1', instruments: ['award'] });
    expect(answer('subsidiesAwards', { measures: [award], targets: [figure({ target_id: 't1', measure_id: 'a1', metric: 'award_per_unit_cny' })] })).toEqual(['with_figure']);
    expect(answer('subsidiesAwards', { measures: [award], targets: [figure({ target_id: 't1', measure_id: 'a1', metric: 'public_fund_cny', definition: 'startup_jobs_fund' })] })).toEqual(['without_figure']);
    expect(answer('subsidiesAwards', { document: report, measures: [award], targets: [figure({ target_id: 't1', measure_id: 'a1', metric: 'public_fund_cny', definition: 'incubation_subsidies_paid' })] })).toEqual(['reported_with_figure']);
  });
  test('procurement, training, servicePlatforms and streamlining read their instruments or themes and metrics', () => {
    expect(answer('procurement', { measures: [item({ measure_id: 'a1', instruments: ['procurement'] })], targets: [figure({ target_id: 't1', measure_id: 'a1', definition: 'procurement_price_deduction' })] })).toEqual(['with_figure']);
    expect(answer('procurement', { measures: [item({ measure_id: 'a1', instruments: ['subsidy'] })] })).toEqual(['not_stated']);
    expect(answer('training', { measures: [item({ measure_id: 'a1', instruments: ['training'] })], targets: [figure({ target_id: 't1', measure_id: 'a1', metric: 'people_trained' })] })).toEqual(['with_figure']);
    expect(answer('training', { document: report, measures: [item({ measure_id: 'a1', instruments: ['training'] })] })).toEqual(['reported']);
    expect(answer('servicePlatforms', { measures: [item({ measure_id: 'a1', themes: ['service_platforms'] })] })).toEqual(['without_figure']);
    expect(answer('servicePlatforms', { measures: [item({ measure_id: 'a1', themes: ['credit'] })] })).toEqual(['not_stated']);
    expect(answer('streamlining', { document: report, measures: [item({ measure_id: 'a1', themes: ['streamlining'] })], targets: [figure({ target_id: 't1', measure_id: 'a1', metric: 'admin_service_items' })] })).toEqual(['reported_with_figure']);
  });
  test('taxFeeRelief: a tax instrument or the tax and fees theme; no text states an amount', () => {
    expect(answer('taxFeeRelief', { measures: [item({ measure_id: 'a1', instruments: ['tax'] })] })).toEqual(['without_figure']);
    expect(answer('taxFeeRelief', { measures: [item({ measure_id: 'a1', themes: ['tax_fees'] })] })).toEqual(['without_figure']);
    expect(answer('taxFeeRelief', { document: report, measures: [item({ measure_id: 'a1', instruments: ['tax'] })] })).toEqual(['reported']);
    expect(answer('taxFeeRelief', { measures: [item({ measure_id: 'a1' })] })).toEqual(['not_stated']);
  });
});

describe('dedicatedFund: a sum committed, a fund without an amount, reported, not stated', () => {
  const fund = item({ measure_id: 'a1', instruments: ['fund'] });
  const budget = figure({ target_id: 't1', measure_id: 'a1', kind: 'budget', base_unit: 'cny' });
  const loans = figure({ target_id: 't2', measure_id: 'a1', kind: 'target', base_unit: 'cny', metric: 'guarantee_loans_cny' });
  test('answers', () => {
    expect(answerRules.dedicatedFund(place({ measures: [fund], targets: [budget] }))).toEqual({ answers: ['with_sum'], measure_ids: ['a1'], target_ids: ['t1'] });
    expect(answer('dedicatedFund', { measures: [fund], targets: [loans] })).toEqual(['without_sum']);
    expect(answer('dedicatedFund', { document: report, measures: [fund], targets: [budget] })).toEqual(['reported_with_sum']);
    expect(answer('dedicatedFund', { document: report, measures: [fund] })).toEqual(['reported_without_sum']);
    expect(answer('dedicatedFund', { measures: [item({ measure_id: 'a1', instruments: ['subsidy'] })], targets: [budget] })).toEqual(['not_stated']);
  });
  test('a sum is money set aside (a budget in yuan), not any amount of yuan', () => {
    expect(isCommittedSum(budget)).toBe(true);
    expect(isCommittedSum(loans)).toBe(false);
    expect(isCommittedSum({ ...budget, base_unit: 'percent' })).toBe(false);
  });
});

describe('groupsNamed', () => {
  const row = (measure_id: string, target_group: TargetGroupRow['target_group'], quote_zh?: string) =>
    ({ measure_id, target_group, quote_zh, quote_start: quote_zh ? 3 : undefined, quote_end: quote_zh ? 3 + quote_zh.length : undefined }) as TargetGroupRow;
  test('each group once, with every quote naming it', () => {
    const got = answerRules.groupsNamed(place({ groups: [row('a1', 'women', '妇女'), row('a2', 'none_named'), row('a3', 'women', '巾帼'), row('a3', 'ex_servicemen', '退役军人')] }));
    expect(got.answers).toEqual(['women', 'ex_servicemen']);
    expect(got.measure_ids).toEqual(['a1', 'a3']);
    expect(got.quotes!.map((q) => [q.answer, q.quote_zh])).toEqual([['women', '妇女'], ['women', '巾帼'], ['ex_servicemen', '退役军人']]);
  });
  test('no item names a group: none named', () => {
    expect(answer('groupsNamed', { groups: [row('a1', 'none_named')] })).toEqual(['none_named']);
  });
});

describe('jobsTarget', () => {
  const jobs = (target_id: string, definition: string, kind: Target['kind'] = 'target') => figure({ target_id, measure_id: 'g1', metric: 'jobs_created', definition, kind });
  test('the kinds of jobs targets, by definition', () => {
    expect(answer('jobsTarget', { targets: [jobs('t1', 'new_urban_jobs'), jobs('t2', 'jobs_driven_by_startups'), jobs('t3', 'new_urban_jobs')] })).toEqual(['new_urban_jobs', 'jobs_driven_by_startups']);
  });
  test('no target of jobs (an outcome is not a target): no jobs target; a report: not applicable', () => {
    expect(answer('jobsTarget', { targets: [jobs('t1', 'new_urban_jobs', 'outcome')] })).toEqual(['no_jobs_target']);
    expect(answer('jobsTarget', { document: report, targets: [jobs('t1', 'new_urban_jobs')] })).toEqual(['not_applicable']);
  });
});

describe('whoLeads', () => {
  const departments = [{ doc_id: 'd', name: '市科技局', kind: 'science_technology' }, { doc_id: 'd', name: '区人社局', kind: 'human_resources' }] as PlaceRows['departments'];
  test('a document that names leads apart from responsible units: lead units named, with their kinds of office', () => {
    const got = answerRules.whoLeads(place({ departments, measures: [item({ measure_id: 'a1', lead_units: ['市科技局'], partner_units: ['区人社局'] }), item({ measure_id: 'a2' })] }));
    expect(got).toEqual({ answers: ['lead_named'], measure_ids: ['a1'], facts: { unit_kinds: ['science_technology'] } });
  });
  test('units listed with no lead told apart: responsible units only', () => {
    expect(answer('whoLeads', { departments, measures: [item({ measure_id: 'a1', responsible_units: ['区人社局'] })] })).toEqual(['responsible_only']);
  });
  test('“each member unit” is not a lead, even where leads are named apart', () => {
    const measures = [item({ measure_id: 'a1', responsible_units: ['各成员单位'] })];
    expect(responsibilityOf(measures[0], measures)).toBe('responsible');
  });
  test('no unit named: not stated; a report: not applicable', () => {
    expect(answer('whoLeads', { measures: [item({ measure_id: 'a1' })] })).toEqual(['not_stated']);
    expect(answer('whoLeads', { document: report, measures: [item({ measure_id: 'a1', lead_units: ['区人社局'] })] })).toEqual(['not_applicable']);
  });
});

describe('howChecked and howOften', () => {
  const check = (c: Partial<Check>) => ({ measure_id: 's1', check: 'inspection', frequency: 'not_stated', quote_start: 0, quote_end: 2, quote_zh: '督查', ...c }) as Check;
  test('the kinds of check and their frequencies, each with its words', () => {
    const checks = [check({ check: 'inspection', frequency: 'half_yearly', quote_zh: '每半年督查' }), check({ check: 'evaluation' }), check({ check: 'inspection', frequency: 'yearly' })];
    expect(answer('howChecked', { checks })).toEqual(['inspection', 'evaluation']);
    const often = answerRules.howOften(place({ checks }));
    expect(often.answers).toEqual(['half_yearly', 'yearly']);
    expect(often.quotes!.map((q) => q.quote_zh)).toEqual(['每半年督查', '督查']);
  });
  test('checks without a frequency: how often is not stated; no checks: neither is', () => {
    expect(answer('howOften', { checks: [check({})] })).toEqual(['not_stated']);
    expect(answer('howChecked', {})).toEqual(['not_stated']);
    expect(answer('howOften', {})).toEqual(['not_stated']);
  });
  test('a report: not applicable', () => {
    expect(answer('howChecked', { document: report, checks: [check({})] })).toEqual(['not_applicable']);
    expect(answer('howOften', { document: report, checks: [check({ frequency: 'yearly' })] })).toEqual(['not_applicable']);
  });
});

test('statesDeadline: a recurring or stated date counts (quoted in deadline_zh); a date that is not a deadline does not', () => {
  expect(statesDeadline(item({ measure_id: 'a1', deadline_zh: '每年年底' }), [], plan)).toBe(true);
  expect(statesDeadline(item({ measure_id: 'a1' }), [], plan)).toBe(false);
  // A year inside a fund's name is a date of the text, not a deadline.
  expect(statesDeadline(item({ measure_id: 'a1', has_date: true }), [], plan)).toBe(false);
  const goal = item({ measure_id: 'g1', item_type: 'goal', has_date: true, deadline_zh: '到2020年' });
  expect(statesDeadline(goal, [figure({ target_id: 't', measure_id: 'g1', period_start: 2016, period_end: 2020, period_inferred: false })], plan)).toBe(true);
});

describe('deriveAnswers', () => {
  const q = (question_id: string, rule: Question['rule'], order: number) => ({ question_id, rule, order, multiple: false }) as Question;
  const a = (question_id: string, answer_id: string) => ({ question_id, answer_id }) as CodebookAnswer;
  const rows = {
    regions: [{ region_id: 'r', level: 'county' }, { region_id: 's', level: 'district' }] as Region[],
    documents: [plan, { ...report, doc_id: 'e', region_id: 's' }],
    measures: [], targets: [], targetGroups: [], checks: [], departments: [], instruments: [], definitions: [],
  };
  test('every place answers every question, in the codebook’s order', () => {
    const { answers, unlisted } = deriveAnswers(rows, [q('kind', 'documentKind', 2), q('level', 'governmentLevel', 1)],
      [a('kind', 'plan'), a('kind', 'report'), a('level', 'county'), a('level', 'district')]);
    expect(unlisted).toEqual([]);
    expect(answers.map((x) => `${x.region_id}/${x.question_id}=${x.answers.join('+')}`)).toEqual(['r/level=county', 'r/kind=plan', 's/level=district', 's/kind=report']);
  });
  test('an answer its list lacks is reported, with the place that gave it', () => {
    const { unlisted } = deriveAnswers(rows, [q('kind', 'documentKind', 1)], [a('kind', 'plan')]);
    expect(unlisted).toEqual([{ question_id: 'kind', answer: 'report', doc_id: 'e' }]);
  });
});

test('toolMix counts a document’s items per kind of tool, an item in every kind it uses', () => {
  const instruments = [{ instrument: 'fund', tool_group: 'supply' }, { instrument: 'tax', tool_group: 'environment' }, { instrument: 'procurement', tool_group: 'demand' }] as InstrumentKind[];
  const measures = [item({ measure_id: 'a1', instruments: ['fund', 'tax'] }), item({ measure_id: 'a2', instruments: ['tax'] }), item({ measure_id: 'a3' })];
  expect(toolMix([plan], measures, instruments).map((s) => [s.tool_group, s.items, s.of])).toEqual([['supply', 1, 3], ['environment', 2, 3], ['demand', 0, 3]]);
});
