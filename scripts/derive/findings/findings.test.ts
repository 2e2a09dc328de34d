// The home page's findings on small synthetic data: what each rule picks, what its check refuses,
// and that a rule finding nothing or a failed check is reported under the finding's name.
import { describe, expect, test } from 'vitest';
import { tellStory, type FindingData, type FindingRule } from './rule.ts';
import { promisesCompared } from './promisesCompared.ts';
import { reportDone } from './reportDone.ts';
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
