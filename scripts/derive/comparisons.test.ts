import { describe, expect, test } from 'vitest';
import { comparisons } from './comparisons.ts';
import { comparableMeasures } from './comparable.ts';
import { NOT_COMPARED_REASONS, type NotComparedReason } from '../../src/model/site.ts';
import type { Region, Document, Definition, Target } from '../../src/schema/index.ts';

// A tiny synthetic dataset: three places, one family (jobs) with two definitions.
const region = (id: string, census?: number, cited = true) =>
  ({ region_id: id, population: census ?? 272_300, population_source_kind: census !== undefined && cited ? 'census_bulletin' : 'none' }) as Region;
const doc = (id: string, region_id: string, start: number, end: number, inferred = false) => ({ doc_id: id, region_id, period_start: start, period_end: end, period_inferred: inferred }) as Document;
const definition = (id: string, comparable = true) => ({ definition_id: id, metric_id: 'jobs', comparable }) as Definition;
const target = (t: Partial<Target>) => ({
  kind: 'target', metric: 'jobs', definition: 'driven', headline: true, measure: 'new_in_period', scope: 'whole_place', comparator: 'eq',
  period_start: 2016, period_end: 2016, period_inferred: false, value_text: '1', ...t,
}) as Target;

const regions = [region('a', 20_000), region('b', 100_000), region('c', 50_000)];
const documents = [doc('da', 'a', 2016, 2016), doc('db', 'b', 2018, 2022), doc('dc', 'c', 2016, 2020, true)];
const defs = [definition('driven'), definition('urban', false)];

test('per-resident views divide by a cited population, and only amounts new in the period are divided by years; periods of different length put the per-year view first', () => {
  const [c] = comparisons(regions, documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 1000 }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 5000, period_start: 2018, period_end: 2022 }),
  ]);
  expect(c.views).toEqual(['per_year', 'absolute', 'capita', 'capita_year']);
  const a = c.rows.find((r) => r.region_id === 'a')!;
  const b = c.rows.find((r) => r.region_id === 'b')!;
  expect([a.absolute, a.per_year, a.capita, a.capita_year]).toEqual([1000, 1000, 500, 500]);
  expect([b.absolute, b.per_year, b.capita, b.capita_year]).toEqual([5000, 1000, 500, 100]);
  expect(b.population_source_kind).toBe('census_bulletin');
  expect(c.rows.find((r) => r.region_id === 'c')).toMatchObject({ status: 'no_target' });
});

test('stocks and running totals have no per-year view; shares have only the absolute one', () => {
  const stock = comparisons(regions, documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10, measure: 'stock_at_end' }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 10, measure: 'stock_at_end', period_start: 2018, period_end: 2022 }),
  ]);
  expect(stock[0].views).toEqual(['absolute', 'capita']);
  expect(stock[0].rows.find((r) => r.region_id === 'b')!.capita_year).toBeUndefined();
  const share = comparisons(regions, documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 4, measure: 'share' }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 5, measure: 'share' }),
  ]);
  expect(share[0].views).toEqual(['absolute']);
});

test('a place without a census population is drawn in absolute terms, and not per resident, with that reason', () => {
  const [c] = comparisons([region('a', 20_000), region('b'), region('c', 50_000)], documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 1000 }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 5000 }),
  ]);
  const b = c.rows.find((r) => r.region_id === 'b')!;
  expect(b.absolute).toBe(5000);
  expect(b.capita).toBeUndefined();
  expect(b.reasons).toEqual({ capita: 'no_census_population', capita_year: 'no_census_population' });
  // With one place left per resident, there is nothing to compare: those views are not offered.
  expect(c.views).toEqual(['absolute', 'per_year']);
  const three = comparisons([region('a', 20_000), region('b'), region('c', 50_000)], documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 1000 }), target({ target_id: 'tb', doc_id: 'db', value_base: 5000 }), target({ target_id: 'tc', doc_id: 'dc', value_base: 10 }),
  ])[0];
  expect(three.views).toEqual(['absolute', 'per_year', 'capita', 'capita_year']);
  expect(three.findings.find((f) => f.view === 'capita')).toMatchObject({ places: ['a', 'c'] });
});

test('a population without a cited source is not divided by', () => {
  const [c] = comparisons([region('a', 20_000), region('b', 100_000, false), region('c', 50_000)], documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 1000 }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 5000 }),
  ]);
  const b = c.rows.find((r) => r.region_id === 'b')!;
  expect(b.population).toBeUndefined();
  expect(b.capita).toBeUndefined();
  expect(b.reasons).toEqual({ capita: 'no_census_population', capita_year: 'no_census_population' });
});

describe('every figure of the family not drawn gets exactly one reason', () => {
  // The drawn pair: places a and b. Each other row is built to fail exactly one condition.
  const drawn = [target({ target_id: 'ta', doc_id: 'da', value_base: 10 }), target({ target_id: 'tb', doc_id: 'db', value_base: 20 })];
  const cases: Record<Exclude<NotComparedReason, 'no_census_population'>, Partial<Target>> = {
    different_definition: { definition: 'urban' },
    per_unit_amount: { kind: 'rule', measure: 'parameter', per: 'person' },
    different_measure: { measure: 'stock_at_end' },
    programme_scope: { scope: 'programme' },
    part_of_total: { part_of: 'tc-total', headline: false },
    period_not_stated: { period_start: undefined, period_end: undefined },
    not_headline: { headline: false },
  };
  test.each(Object.entries(cases))('%s', (reason, change) => {
    const total = target({ target_id: 'tc-total', doc_id: 'dc', value_base: 100, scope: 'programme' });
    const [c] = comparisons(regions, documents, defs, [...drawn, total, target({ target_id: 'tc', doc_id: 'dc', value_base: 5, ...change })]);
    expect(c.notCompared.find((n) => n.target_id === 'tc')?.reason).toBe(reason);
    expect(c.rows.find((r) => r.region_id === 'c')!.status).toBe('not_compared');
  });
  test('the list of reasons is the one the pages word', () => {
    expect([...Object.keys(cases), 'no_census_population'].sort()).toEqual([...NOT_COMPARED_REASONS].sort());
  });
});

test('a part whose total counts something else is still drawn in its own family', () => {
  const [c] = comparisons(regions, documents, defs, [
    target({ target_id: 'total', doc_id: 'da', value_base: 100, definition: 'urban' }),
    target({ target_id: 'ta', doc_id: 'da', value_base: 10, part_of: 'total' }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 20 }),
  ]);
  expect(c.rows.find((r) => r.region_id === 'a')).toMatchObject({ status: 'target', target_id: 'ta' });
});

test('a definition that fewer than two places share gets no comparison, whatever its flag says', () => {
  expect(comparisons(regions, documents, defs, [target({ target_id: 'ta', doc_id: 'da', value_base: 10 })])).toEqual([]);
  expect(comparisons(regions, documents, [definition('driven', false)], [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10 }), target({ target_id: 'tb', doc_id: 'db', value_base: 20 }),
  ])).toEqual([]);
});

test('two places on different measures are not comparable; two on the same are', () => {
  const rows = [target({ target_id: 'ta', doc_id: 'da' }), target({ target_id: 'tb', doc_id: 'db', measure: 'cumulative' })];
  expect(comparableMeasures(rows, documents).has('driven')).toBe(false);
  expect(comparableMeasures([...rows, target({ target_id: 'tc', doc_id: 'dc' })], documents).get('driven')).toBe('new_in_period');
});

test('reported outcomes and budgets travel apart from the promises, and inferred periods are marked', () => {
  const [c] = comparisons(regions, documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10 }),
    target({ target_id: 'td', doc_id: 'dc', value_base: 20, period_start: 2016, period_end: 2020, period_inferred: true }),
    target({ target_id: 'out', doc_id: 'db', value_base: 7, kind: 'budget', value_text: '7' }),
  ]);
  expect(c.reported).toEqual([{ region_id: 'b', target_id: 'out', kind: 'budget', value_base: 7, value_text: '7' }]);
  expect(c.rows.find((r) => r.region_id === 'c')).toMatchObject({ period_inferred: true, years: 5 });
});

test('periods of the same length keep the absolute view first; a figure whose measure is uncertain carries the words that make it so', () => {
  const [c] = comparisons(regions, documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: 5400 }),
    target({ target_id: 'tc', doc_id: 'dc', value_base: 300_000, measure_uncertain: 'cumulative', measure_uncertain_en: 'why', measure_uncertain_zh: '累计' }),
  ]);
  expect(c.views[0]).toBe('absolute');
  expect(c.rows.find((r) => r.region_id === 'c')!.measure_uncertain).toEqual({ measure: 'cumulative', en: 'why', zh: '累计' });
  expect(c.rows.find((r) => r.region_id === 'a')!.measure_uncertain).toBeUndefined();
});

describe('findings follow the rows of each view', () => {
  const run = (a: number, b: number, c?: number) => comparisons(regions, documents, defs, [
    target({ target_id: 'ta', doc_id: 'da', value_base: a }),
    target({ target_id: 'tb', doc_id: 'db', value_base: b, period_start: 2018, period_end: 2022 }),
    ...(c === undefined ? [] : [target({ target_id: 'tc', doc_id: 'dc', value_base: c, period_start: 2016, period_end: 2020 })]),
  ])[0];
  const absolute = (c: ReturnType<typeof run>) => c.findings.find((f) => f.view === 'absolute')!;
  test('the highest is named, and the order can differ between views', () => {
    // a: 2,000 for 20,000 people in one year; b: 20,000 for 100,000 people over five years.
    const c = run(2_000, 20_000);
    expect(c.findings.find((f) => f.view === 'absolute')).toMatchObject({ qualifier: 'most', leaders: ['b'], places: ['b', 'a'] });
    expect(c.findings.find((f) => f.view === 'capita')).toMatchObject({ qualifier: 'most', leaders: ['b'] });
    expect(c.findings.find((f) => f.view === 'capita_year')).toMatchObject({ qualifier: 'most', leaders: ['a'] });
  });
  test('a change of order changes the finding', () => {
    expect(absolute(run(40_000, 20_000)).leaders).toEqual(['a']);
    expect(absolute(run(1_000, 20_000)).leaders).toEqual(['b']);
  });
  test('ties name every leader', () => {
    expect(absolute(run(1_000, 1_000, 100))).toMatchObject({ qualifier: 'most', leaders: ['a', 'b'] });
    // Per year: a 1,000 in one year, b 5,000 over five, c 500 over five: a and b tie.
    expect(run(1_000, 5_000, 500).findings.find((f) => f.view === 'per_year')).toMatchObject({ qualifier: 'most', leaders: ['a', 'b'] });
  });
  test('values within the similar ratio are called similar, all equal included', () => {
    expect(absolute(run(1_000, 1_400)).qualifier).toBe('similar');
    expect(absolute(run(1_000, 1_000)).qualifier).toBe('similar');
    expect(absolute(run(1_000, 1_600)).qualifier).toBe('most');
  });
});
