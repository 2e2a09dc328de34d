import { expect, test } from 'vitest';
import { placeSummaries } from './placeSummaries.ts';
import type { Comparison, Concreteness, DepartmentKindCount } from '../../src/model/site.ts';
import type { Document, Target } from '../../src/schema/index.ts';

const docs = [
  { doc_id: 'n', region_id: 'north', doc_type: 'plan' },
  { doc_id: 's', region_id: 'south', doc_type: 'plan' },
  { doc_id: 'e', region_id: 'east', doc_type: 'report' },
] as Document[];
const row = (region_id: string, absolute?: number) => ({ region_id, status: absolute === undefined ? 'no_target' : 'target', target_id: `${region_id}-t1`, absolute });
const comparison = (rows: ReturnType<typeof row>[]) => ({ definition: 'jobs', rows }) as unknown as Comparison;
const concrete = (n: number, s: number, e: number) => [
  { doc_id: 'n', region_id: 'north', actions: 10, figure: n },
  { doc_id: 's', region_id: 'south', actions: 10, figure: s },
  { doc_id: 'e', region_id: 'east', actions: 10, figure: e },
] as Concreteness[];
const outcome = (id: string, headline: boolean) => ({ target_id: id, doc_id: 'e', kind: 'outcome', headline }) as Target;
const kinds: DepartmentKindCount[] = [
  { kind: 'finance', region_id: 'north', items: 2 }, { kind: 'tax', region_id: 'north', items: 5 }, { kind: 'other', region_id: 'north', items: 9 }, { kind: 'education', region_id: 'north', items: 1 },
];
const summary = (id: string, ...args: Parameters<typeof placeSummaries>) => placeSummaries(...args).find((x) => x.region_id === id)!;

test('a headline target is ranked among the places drawn, highest first; a place without one is not ranked', () => {
  const c = comparison([row('north', 300), row('south', 5000), row('east')]);
  expect(summary('north', docs, [], [c], concrete(1, 2, 3), []).compared).toEqual([{ definition: 'jobs', target_id: 'north-t1', rank: 2, of: 2 }]);
  expect(summary('south', docs, [], [c], concrete(1, 2, 3), []).compared).toEqual([{ definition: 'jobs', target_id: 'south-t1', rank: 1, of: 2 }]);
  expect(summary('east', docs, [], [c], concrete(1, 2, 3), []).compared).toEqual([]);
  // The order follows the values: swap them and the ranks swap.
  expect(summary('north', docs, [], [comparison([row('north', 9000), row('south', 5000)])], concrete(1, 2, 3), []).compared[0].rank).toBe(1);
});

test('equal values share a rank', () => {
  const c = comparison([row('north', 100), row('south', 100)]);
  expect(placeSummaries(docs, [], [c], concrete(1, 2, 3), []).flatMap((x) => x.compared.map((y) => y.rank))).toEqual([1, 1]);
});

test('the share of concrete items is ranked among plans only; a report has its share but no rank', () => {
  expect(summary('south', docs, [], [], concrete(4, 6, 9), []).share).toEqual({ count: 6, of: 10, rank: 1, among: 2 });
  expect(summary('north', docs, [], [], concrete(4, 6, 9), []).share).toEqual({ count: 4, of: 10, rank: 2, among: 2 });
  expect(summary('east', docs, [], [], concrete(4, 6, 9), []).share).toEqual({ count: 9, of: 10, rank: undefined, among: 2 });
});

test('the kinds leading most items are named, most first, without "other"', () => {
  expect(summary('north', docs, [], [], concrete(1, 1, 1), kinds).leadKinds).toEqual([{ kind: 'tax', items: 5 }, { kind: 'finance', items: 2 }]);
});

test('a report names its headline outcomes; a plan names none', () => {
  const targets = [outcome('e1', true), outcome('e2', false), outcome('e3', true)];
  expect(summary('east', docs, targets, [], concrete(1, 1, 1), []).outcomes).toEqual(['e1', 'e3']);
  expect(summary('north', docs, targets, [], concrete(1, 1, 1), []).outcomes).toEqual([]);
});
