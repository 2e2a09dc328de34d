import { expect, test } from 'vitest';
import { placeSummaries } from './placeSummaries.ts';
import type { Comparison, Concreteness, CriteriaCounts, DepartmentKindCount } from '../../src/model/site.ts';
import type { Document, Target } from '../../src/schema/index.ts';

const docs = [
  { doc_id: 'n', region_id: 'north', doc_type: 'plan' },
  { doc_id: 's', region_id: 'south', doc_type: 'plan' },
  { doc_id: 'e', region_id: 'east', doc_type: 'report' },
] as Document[];
const row = (region_id: string, absolute?: number) => ({ region_id, status: absolute === undefined ? 'no_target' : 'target', target_id: `${region_id}-t1`, absolute });
const comparison = (rows: ReturnType<typeof row>[]) => ({ definition: 'jobs', views: ['absolute'], rows }) as unknown as Comparison;
const group = (items: number, figure: number, more: Partial<CriteriaCounts> = {}): CriteriaCounts =>
  ({ items, figures: figure, figure, deadline: 0, lead_unit: 0, responsible_listed: 0, money_sum: 0, money_instrument: 0, result: 0, budget: 0, ...more });
const concrete = (n: number, s: number, e: number): Concreteness[] => [
  { doc_id: 'n', region_id: 'north', doc_type: 'plan', goal: group(2, 2), action: group(8, n) },
  { doc_id: 's', region_id: 'south', doc_type: 'plan', goal: group(0, 0), action: group(10, s) },
  { doc_id: 'e', region_id: 'east', doc_type: 'report', goal: group(0, 0), action: group(10, e, { result: e, budget: 1 }) },
];
const outcome = (id: string, headline: boolean) => ({ target_id: id, doc_id: 'e', kind: 'outcome', headline }) as Target;
const kinds: DepartmentKindCount[] = [
  { kind: 'finance', region_id: 'north', items: 2 }, { kind: 'tax', region_id: 'north', items: 5 }, { kind: 'other', region_id: 'north', items: 9 }, { kind: 'education', region_id: 'north', items: 1 },
];
const summary = (id: string, ...args: Parameters<typeof placeSummaries>) => placeSummaries(...args).find((x) => x.region_id === id)!;

test('a headline target is ranked among the places drawn, highest first; a place without one is not ranked', () => {
  const c = comparison([row('north', 300), row('south', 5000), row('east')]);
  expect(summary('north', docs, [], [c], concrete(1, 2, 3), []).compared).toEqual([{ definition: 'jobs', target_id: 'north-t1', view: 'absolute', rank: 2, of: 2, tiedWith: [] }]);
  expect(summary('south', docs, [], [c], concrete(1, 2, 3), []).compared).toEqual([{ definition: 'jobs', target_id: 'south-t1', view: 'absolute', rank: 1, of: 2, tiedWith: [] }]);
  expect(summary('east', docs, [], [c], concrete(1, 2, 3), []).compared).toEqual([]);
  // The order follows the values: swap them and the ranks swap.
  expect(summary('north', docs, [], [comparison([row('north', 9000), row('south', 5000)])], concrete(1, 2, 3), []).compared[0].rank).toBe(1);
});

test('equal values share a rank, and each names the place it is level with', () => {
  const c = comparison([row('north', 100), row('south', 100)]);
  expect(placeSummaries(docs, [], [c], concrete(1, 2, 3), []).flatMap((x) => x.compared.map((y) => [y.rank, y.tiedWith]))).toEqual([[1, ['south']], [1, ['north']]]);
});

test('a plan’s commitments with a figure, goal clauses and action items apart, are ranked among plans only; a report is judged apart', () => {
  // North: 2 of 2 goal clauses and 4 of 8 action items, 6 of 10; south: 7 of 10 action items.
  expect(summary('south', docs, [], [], concrete(4, 7, 9), []).share).toEqual({ goal: { count: 0, of: 0 }, action: { count: 7, of: 10 }, count: 7, of: 10, rank: 1, among: 2, tiedWith: [] });
  expect(summary('north', docs, [], [], concrete(4, 7, 9), []).share).toEqual({ goal: { count: 2, of: 2 }, action: { count: 4, of: 8 }, count: 6, of: 10, rank: 2, among: 2, tiedWith: [] });
  expect(summary('east', docs, [], [], concrete(4, 7, 9), []).share).toBeUndefined();
  expect(summary('east', docs, [], [], concrete(4, 7, 9), []).report).toEqual({ results: 9, budgets: 1, of: 10 });
  // Level shares name each other.
  expect(summary('north', docs, [], [], concrete(4, 6, 9), []).share).toMatchObject({ rank: 1, tiedWith: ['south'] });
});

test('the kinds named on most items are named, most first, without "other", and a kind level with the last named is named too', () => {
  expect(summary('north', docs, [], [], concrete(1, 1, 1), kinds).leadKinds).toEqual([{ kind: 'tax', items: 5 }, { kind: 'finance', items: 2 }]);
  const level = [...kinds, { kind: 'agriculture', region_id: 'north', items: 2 } as DepartmentKindCount];
  expect(summary('north', docs, [], [], concrete(1, 1, 1), level).leadKinds).toEqual([{ kind: 'tax', items: 5 }, { kind: 'agriculture', items: 2 }, { kind: 'finance', items: 2 }]);
});

test('a report names its headline outcomes; a plan names none', () => {
  const targets = [outcome('e1', true), outcome('e2', false), outcome('e3', true)];
  expect(summary('east', docs, targets, [], concrete(1, 1, 1), []).outcomes).toEqual(['e1', 'e3']);
  expect(summary('north', docs, targets, [], concrete(1, 1, 1), []).outcomes).toEqual([]);
});
