import { expect, test } from 'vitest';
import { comparisons } from './comparisons.ts';
import type { Region, Document, Metric, Target } from '../../src/schema/index.ts';

// A tiny synthetic dataset: three places, one comparable metric.
const region = (id: string, population: number) => ({ region_id: id, population }) as Region;
const doc = (id: string, region_id: string, start: number, end: number, inferred = false) => ({ doc_id: id, region_id, period_start: start, period_end: end, period_inferred: inferred }) as Document;
const metric = { metric_id: 'jobs', comparable: true } as Metric;
const target = (t: Partial<Target>) => ({ kind: 'target', metric: 'jobs', headline: true, basis: 'total', comparator: 'eq', period_inferred: false, ...t }) as Target;

const regions = [region('a', 20_000), region('b', 100_000), region('c', 50_000)];
const documents = [doc('da', 'a', 2016, 2016), doc('db', 'b', 2018, 2022), doc('dc', 'c', 2016, 2020, true)];

test('per-capita views divide by population, and only totals are divided by years', () => {
  const [c] = comparisons(regions, documents, [metric], [
    target({ target_id: 'ta', doc_id: 'da', value_base: 1000, period_start: 2016, period_end: 2016 }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 5000, period_start: 2018, period_end: 2022 }),
    target({ target_id: 'tb2', doc_id: 'db', value_base: 99, headline: false }),
  ]);
  const a = c.rows.find((r) => r.region_id === 'a')!;
  const b = c.rows.find((r) => r.region_id === 'b')!;
  expect([a.absolute, a.capita, a.capita_year]).toEqual([1000, 500, 500]);
  expect([b.absolute, b.capita, b.capita_year]).toEqual([5000, 500, 100]);
  expect(c.rows.find((r) => r.region_id === 'c')).toMatchObject({ status: 'no_target' });
});

test('levels are never divided by years', () => {
  const [c] = comparisons(regions, documents, [metric], [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10, basis: 'level' }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 10, basis: 'level', period_start: 2018, period_end: 2022 }),
  ]);
  expect(c.rows.find((r) => r.region_id === 'b')!.capita_year).toBe(c.rows.find((r) => r.region_id === 'b')!.capita);
});

test('parts, per-unit amounts, outcomes and lone places are not compared', () => {
  const only = comparisons(regions, documents, [metric], [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10 }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 5, part_of: 'x' }),
    target({ target_id: 'tc', doc_id: 'dc', value_base: 5, per: 'person' }),
    target({ target_id: 'td', doc_id: 'db', value_base: 7, kind: 'outcome' }),
  ]);
  expect(only).toEqual([]);
});

test('reported outcomes and budgets travel apart from the promises, and inferred periods are marked', () => {
  const [c] = comparisons(regions, documents, [metric], [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10 }),
    target({ target_id: 'tc', doc_id: 'dc', value_base: 20 }),
    target({ target_id: 'out', doc_id: 'db', value_base: 7, kind: 'budget', value_text: '7' }),
  ]);
  expect(c.reported).toEqual([{ region_id: 'b', target_id: 'out', kind: 'budget', value_base: 7, value_text: '7' }]);
  expect(c.rows.find((r) => r.region_id === 'c')!.period_inferred).toBe(true);
  expect(c.rows.find((r) => r.region_id === 'c')!.years).toBe(5);
});

test('a place with targets for parts of a metric but no headline is marked no_total, not no_target', () => {
  const [c] = comparisons(regions, documents, [metric], [
    target({ target_id: 'ta', doc_id: 'da', value_base: 10 }),
    target({ target_id: 'tb', doc_id: 'db', value_base: 10 }),
    target({ target_id: 'tc1', doc_id: 'dc', value_base: 2, headline: false }),
    target({ target_id: 'tc2', doc_id: 'dc', value_base: 1, headline: false }),
  ]);
  expect(c.rows.find((r) => r.region_id === 'c')).toMatchObject({ status: 'no_total' });
  expect(c.rows.find((r) => r.region_id === 'c')!.absolute).toBeUndefined();
});
