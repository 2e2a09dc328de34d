// The home page's findings on small synthetic data: what each rule picks, what its check refuses,
// and that a rule finding nothing or a failed check is reported under the finding's name.
import { describe, expect, test } from 'vitest';
import { tellStory, type FindingData, type FindingRule } from './rule.ts';
import { promisesCompared } from './promisesCompared.ts';
import { reportDone } from './reportDone.ts';
import { plansAgree } from './plansAgree.ts';
import { plansPartWays } from './plansPartWays.ts';
import { groupsNamed } from './groupsNamed.ts';
import { moneyOnTable } from './moneyOnTable.ts';
import { finding } from '../../../src/model/findings.ts';
import type { Comparison, ComparisonRow, View } from '../../../src/model/site.ts';
import type { Document, Target } from '../../../src/schema/index.ts';

const docs = [
  { doc_id: 'n', region_id: 'north', doc_type: 'plan' },
  { doc_id: 's', region_id: 'south', doc_type: 'plan' },
  { doc_id: 'w', region_id: 'west', doc_type: 'plan' },
  { doc_id: 'e', region_id: 'east', doc_type: 'report' },
] as Document[];
const target = (target_id: string, doc_id: string, extra: Partial<Target> = {}) =>
  ({ target_id, doc_id, kind: 'target', comparator: 'eq', value_text: '1', headline: true, ...extra }) as Target;

/** A comparison of `definition` from each place's values per view (a place left out has no bar). */
function comparison(definition: string, views: View[], values: Record<string, Partial<Record<View, number>>>): Comparison {
  const rows = docs.map((d) => {
    const v = values[d.region_id];
    return (v ? { definition, metric: 'm', region_id: d.region_id, doc_id: d.doc_id, status: 'target', target_id: `${d.doc_id}-${definition}`, reasons: {}, ...v }
      : { definition, metric: 'm', region_id: d.region_id, doc_id: d.doc_id, status: 'no_target', reasons: {} }) as ComparisonRow;
  });
  return { definition, metric: 'm', measure: 'new_in_period', views, rows, notCompared: [], reported: [], findings: views.map((v) => finding(v, rows)) };
}
const data = (comparisons: Comparison[], targets: Target[] = []): FindingData => ({
  documents: docs, comparisons,
  targets: [...comparisons.flatMap((c) => c.rows.filter((r) => r.status === 'target').map((r) => target(r.target_id!, r.doc_id))), ...targets],
}) as unknown as FindingData;

describe('the story', () => {
  const nothing: FindingRule = { id: 'report-done', pick: () => undefined, check: () => [] };
  const failing: FindingRule = { id: 'promises-compared', pick: () => ({ id: 'promises-compared' }) as never, check: () => ['the leader is not the leader'] };
  test('a rule that finds nothing, and a check that fails, are each reported under the finding’s name', () => {
    const { story, problems } = tellStory([failing, nothing], data([]));
    expect(story).toEqual([]);
    expect(problems).toEqual([
      { id: 'promises-compared', message: 'its check failed: the leader is not the leader' },
      { id: 'report-done', message: 'its rule found nothing in the data' },
    ]);
  });
  test('findings that hold are told in the order of the rules', () => {
    const d = data([comparison('jobs', ['absolute'], { north: { absolute: 10 }, south: { absolute: 40 } })], [target('e1', 'e', { kind: 'outcome' })]);
    expect(tellStory([reportDone, promisesCompared] as FindingRule[], d).story.map((f) => f.id)).toEqual(['report-done', 'promises-compared']);
  });
});

describe('who promised the most', () => {
  test('picks the comparison setting the most places side by side, in the view its chart opens on', () => {
    const two = comparison('firms', ['absolute'], { north: { absolute: 10 }, south: { absolute: 40 } });
    const three = comparison('jobs', ['capita_year', 'absolute'], { north: { absolute: 900, capita_year: 1 }, south: { absolute: 100, capita_year: 9 }, west: { absolute: 300, capita_year: 2 } });
    const f = promisesCompared.pick(data([two, three]))!;
    expect(f).toMatchObject({ definition: 'jobs', view: 'capita_year', qualifier: 'most', leaders: ['south'] });
    expect(f.targets).toEqual(f.places.map((p) => `${docs.find((d) => d.region_id === p)!.doc_id}-jobs`));
    expect(promisesCompared.check(f, data([two, three]))).toEqual([]);
  });
  test('names every place tied at the top', () => {
    const tied = comparison('jobs', ['absolute'], { north: { absolute: 40 }, south: { absolute: 40 }, west: { absolute: 5 } });
    const f = promisesCompared.pick(data([tied]))!;
    expect(f.leaders.sort()).toEqual(['north', 'south']);
    expect(promisesCompared.check(f, data([tied]))).toEqual([]);
    // A sentence naming only one of the tied places is refused.
    expect(promisesCompared.check({ ...f, leaders: ['north'] }, data([tied]))).not.toEqual([]);
  });
  test('similar figures are told as similar, and a claim of similar on distant figures is refused', () => {
    const close = comparison('jobs', ['absolute'], { north: { absolute: 40 }, south: { absolute: 35 } });
    const f = promisesCompared.pick(data([close]))!;
    expect(f.qualifier).toBe('similar');
    expect(promisesCompared.check(f, data([close]))).toEqual([]);
    const far = comparison('jobs', ['absolute'], { north: { absolute: 400 }, south: { absolute: 35 } });
    expect(promisesCompared.check(f, data([far]))).not.toEqual([]);
  });
  test('finds nothing where no view sets two places side by side', () => {
    expect(promisesCompared.pick(data([comparison('jobs', ['absolute'], { north: { absolute: 40 } })]))).toBeUndefined();
  });
  test('refuses a leader whose figure is a ceiling, or not a target', () => {
    const c = comparison('jobs', ['absolute'], { north: { absolute: 10 }, south: { absolute: 40 } });
    const f = promisesCompared.pick(data([c]))!;
    const withLeader = (extra: Partial<Target>) => ({ ...data([c]), targets: data([c]).targets.map((t) => (t.doc_id === 's' ? { ...t, ...extra } : t)) }) as FindingData;
    expect(promisesCompared.check(f, withLeader({ comparator: 'lte' })).join()).toMatch(/ceiling/);
    expect(promisesCompared.check(f, withLeader({ kind: 'rule' })).join()).toMatch(/not a target/);
    expect(promisesCompared.check(f, withLeader({ comparator: 'gte' }))).toEqual([]);
  });
});

describe('what the report says was done', () => {
  const outcomes = [target('e1', 'e', { kind: 'outcome' }), target('e2', 'e', { kind: 'outcome', headline: false }), target('e3', 'e', { kind: 'budget' }), target('e4', 'e', { kind: 'outcome', part_of: 'e1' })];
  test('picks the report, its results and its headline results in the order of the text', () => {
    const f = reportDone.pick(data([], outcomes))!;
    expect(f).toEqual({ id: 'report-done', region_id: 'east', doc_id: 'e', figures: 4, results: 3, named: ['e1'] });
    expect(reportDone.check(f, data([], outcomes))).toEqual([]);
  });
  test('finds nothing without a report, or a report without a headline result', () => {
    expect(reportDone.pick({ ...data([], outcomes), documents: docs.filter((d) => d.doc_type === 'plan') } as FindingData)).toBeUndefined();
    expect(reportDone.pick(data([], outcomes.filter((t) => !t.headline || t.kind !== 'outcome')))).toBeUndefined();
  });
  test('refuses a report that promises something, or whose figure a comparison draws', () => {
    const f = reportDone.pick(data([], outcomes))!;
    expect(reportDone.check(f, data([], [...outcomes, target('e5', 'e')])).join()).toMatch(/e5 is a target/);
    const drawn = comparison('jobs', ['absolute'], { north: { absolute: 10 }, east: { absolute: 40 } });
    expect(reportDone.check(f, data([drawn], outcomes)).join()).toMatch(/draws e-jobs/);
  });
});

describe('the findings from the compare page’s answers', () => {
  // Four plans and a report; the report answers too, and must never be counted with the plans.
  const places = [...docs.filter((d) => d.doc_type === 'plan'), { doc_id: 'c', region_id: 'centre', doc_type: 'plan' }, docs.find((d) => d.doc_type === 'report')!] as Document[];
  const codebook = [
    { question_id: 'q1', order: 1, theme: 'support', rule: 'incubators' },
    { question_id: 'q2', order: 2, theme: 'support', rule: 'training' },
    { question_id: 'q3', order: 3, theme: 'support', rule: 'procurement' },
    { question_id: 'kind', order: 0, theme: 'document', rule: 'documentKind' },
    { question_id: 'groups', order: 4, theme: 'people', rule: 'groupsNamed' },
  ];
  const codebookAnswers = [
    ...['q1', 'q2', 'q3'].flatMap((q) => [['with_figure', 'concrete'], ['without_figure', 'partial'], ['reported', 'partial'], ['not_stated', 'none']].map(([answer_id, mark]) => ({ question_id: q, answer_id, mark }))),
    ...['students', 'women', 'farmers', 'veterans'].map((answer_id) => ({ question_id: 'groups', answer_id, mark: 'fact' })),
    { question_id: 'groups', answer_id: 'none_named', mark: 'none' },
  ];
  const item = (doc_id: string, n: number) => ({ measure_id: `${doc_id}-a${n}`, doc_id, quote_start: n * 100, quote_end: n * 100 + 99 });
  const measures = places.flatMap((d) => [1, 2, 3, 4].map((n) => item(d.doc_id, n)));
  /** Each place's answers, by question: an answer id, or the groups it names. */
  const given: Record<string, Record<string, string | string[]>> = {
    n: { q1: 'with_figure', q2: 'without_figure', q3: 'with_figure', groups: ['students', 'women'] },
    s: { q1: 'without_figure', q2: 'not_stated', q3: 'without_figure', groups: ['students', 'farmers'] },
    w: { q1: 'without_figure', q2: 'not_stated', q3: 'not_stated', groups: ['students'] },
    c: { q1: 'with_figure', q2: 'not_stated', q3: 'not_stated', groups: ['students'] },
    e: { q1: 'reported', q2: 'not_stated', q3: 'not_stated', groups: ['veterans'] },
  };
  const targets = [target('n-t1', 'n', { measure_id: 'n-a1' }), target('n-t3', 'n', { measure_id: 'n-a3' })] as Target[];
  const answers = places.flatMap((d) => Object.entries(given[d.doc_id]).map(([question_id, a], i) => {
    const ids = typeof a === 'string' ? [a] : a;
    const silent = ids[0] === 'not_stated';
    return {
      question_id, region_id: d.region_id, doc_id: d.doc_id, answers: ids, quotes: [],
      measure_ids: silent ? [] : [`${d.doc_id}-a${(i % 4) + 1}`],
      target_ids: targets.filter((t) => t.doc_id === d.doc_id && t.measure_id === `${d.doc_id}-a${(i % 4) + 1}` && ids[0] === 'with_figure').map((t) => t.target_id),
    };
  }));
  const targetGroups = places.flatMap((d, k) => (given[d.doc_id].groups as string[]).map((target_group, i) => ({ doc_id: d.doc_id, measure_id: `${d.doc_id}-a4`, target_group, quote_start: 400 + i, quote_end: 401 + i, quote_zh: `群${k}${i}` })));
  const base = { documents: places, codebook, codebookAnswers, answers, measures, targets, targetGroups, comparisons: [] } as unknown as FindingData;
  const withTargets = (change: (t: Target) => Target) => ({ ...base, targets: base.targets.map(change) }) as FindingData;

  test('what every plan commits to: the questions every plan answers yes, the report never counted', () => {
    const f = plansAgree.pick(base)!;
    expect(f.plans).toEqual(['north', 'south', 'west', 'centre']);
    expect(f.questions.map((q) => q.question_id)).toEqual(['q1']);
    expect(f.asked).toBe(3);
    expect(f.questions[0].cells.map((c) => c.region_id)).toEqual(f.plans);
    expect(plansAgree.check(f, base)).toEqual([]);
    // A figure behind a plan's yes that is a result already achieved is not a commitment.
    expect(plansAgree.check(f, withTargets((t) => (t.target_id === 'n-t1' ? { ...t, kind: 'outcome' } : t))).join()).toMatch(/n-t1.*result/);
    // No question on which every plan says yes: nothing to tell.
    const split = { ...base, answers: base.answers.map((a) => (a.question_id === 'q1' && a.doc_id === 'w' ? { ...a, answers: ['not_stated'], measure_ids: [] } : a)) } as FindingData;
    expect(plansAgree.pick(split)).toBeUndefined();
  });

  test('where the plans part ways: the question splitting the plans most evenly, the report on neither side', () => {
    const f = plansPartWays.pick(base)!;
    expect(f).toMatchObject({ question_id: 'q3', yes: ['north', 'south'], silent: ['west', 'centre'] });
    expect(plansPartWays.check(f, base)).toEqual([]);
    expect(plansPartWays.check(f, withTargets((t) => (t.target_id === 'n-t3' ? { ...t, kind: 'outcome' } : t))).join()).toMatch(/n-t3.*result/);
    // A plan said to say nothing that has an item behind its answer is refused.
    const spoken = { ...base, answers: base.answers.map((a) => (a.question_id === 'q3' && a.doc_id === 'w' ? { ...a, measure_ids: ['w-a3'] } : a)) } as FindingData;
    expect(plansPartWays.check(f, spoken).join()).toMatch(/west/);
    // Every plan answering alike: no question on which they part ways.
    const alike = { ...base, answers: base.answers.filter((a) => a.question_id === 'q1') } as FindingData;
    expect(plansPartWays.pick(alike)).toBeUndefined();
  });

  test('who the plans name as helped: the groups every plan names, and those one plan alone names', () => {
    const f = groupsNamed.pick(base)!;
    expect(f.everyPlan).toEqual(['students']);
    // Veterans are named by the report alone: not a plan's.
    expect(f.onlyOne).toEqual([{ group: 'women', region_id: 'north' }, { group: 'farmers', region_id: 'south' }]);
    expect(f.named.every((n) => n.measure_id === `${places.find((d) => d.region_id === n.region_id)!.doc_id}-a4`)).toBe(true);
    expect(groupsNamed.check(f, base)).toEqual([]);
    const unmarked = { ...base, codebookAnswers: base.codebookAnswers.map((a) => (a.answer_id === 'women' ? { ...a, mark: 'none' } : a)) } as FindingData;
    expect(groupsNamed.check(f, unmarked).join()).toMatch(/women/);
    const moved = { ...base, targetGroups: base.targetGroups.map((g) => ((g.target_group as string) === 'farmers' ? { ...g, quote_start: 10, quote_end: 12 } : g)) } as FindingData;
    expect(groupsNamed.check(f, moved).join()).toMatch(/farmers/);
    const noneShared = { ...base, answers: base.answers.map((a) => (a.question_id === 'groups' && a.doc_id === 'c' ? { ...a, answers: ['none_named'] } : a)) } as FindingData;
    expect(groupsNamed.pick(noneShared)).toBeUndefined();
  });

  test('what money is on the table: the plans stating a sum for a fund of their own, and those naming a fund without one', () => {
    const sum = target('n-f1', 'n', { measure_id: 'n-a2', kind: 'budget', base_unit: 'cny', value_text: '50万元' } as Partial<Target>);
    const reportSum = target('e-f1', 'e', { measure_id: 'e-a2', kind: 'budget', base_unit: 'cny' } as Partial<Target>);
    const fund = (doc_id: string, answer: string, target_ids: string[] = []) => {
      const d = places.find((x) => x.doc_id === doc_id)!;
      return { question_id: 'fund', region_id: d.region_id, doc_id, answers: [answer], quotes: [], measure_ids: answer === 'not_stated' ? [] : [`${doc_id}-a2`], target_ids };
    };
    const money = {
      ...base,
      codebook: [...base.codebook, { question_id: 'fund', order: 5, theme: 'support', rule: 'dedicatedFund' }],
      targets: [...base.targets, sum, reportSum],
      answers: [...base.answers, fund('n', 'with_sum', ['n-f1']), fund('s', 'without_sum'), fund('w', 'not_stated'), fund('c', 'without_sum'), fund('e', 'reported_with_sum', ['e-f1'])],
    } as unknown as FindingData;
    const f = moneyOnTable.pick(money)!;
    // The report's sum is never counted with the plans'.
    expect(f).toMatchObject({ withSum: ['north'], withoutSum: ['south', 'centre'] });
    expect(f.cells.map((c) => c.region_id)).toEqual(f.plans);
    expect(moneyOnTable.check(f, money)).toEqual([]);
    const ceiling = { ...money, targets: money.targets.map((t) => (t.target_id === 'n-f1' ? { ...t, comparator: 'lte' } : t)) } as FindingData;
    expect(moneyOnTable.check(f, ceiling).join()).toMatch(/n-f1.*ceiling/);
    const notMoney = { ...money, targets: money.targets.map((t) => (t.target_id === 'n-f1' ? { ...t, base_unit: 'person' } : t)) } as FindingData;
    expect(moneyOnTable.check(f, notMoney).join()).toMatch(/n-f1.*not a sum of money/);
    const noSum = { ...money, answers: money.answers.map((a) => (a.question_id === 'fund' && a.doc_id === 'n' ? { ...a, answers: ['without_sum'], target_ids: [] } : a)) } as FindingData;
    expect(moneyOnTable.pick(noSum)).toBeUndefined();
  });
});
