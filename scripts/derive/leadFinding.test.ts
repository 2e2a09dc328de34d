import { expect, test } from 'vitest';
import { leadFinding } from './leadFinding.ts';
import type { Comparison, Concreteness, CriteriaCounts, Finding, View } from '../../src/model/site.ts';

const group = (items: number, figure: number): CriteriaCounts =>
  ({ items, figures: figure, figure, deadline: 0, lead_unit: 0, responsible_listed: 0, money_sum: 0, money_instrument: 0, result: 0, budget: 0 });
// North: 10 action items; south: 15 action items and 5 goal clauses (its goal figures count too); east: a report.
const concrete = (n: number, s: number, e: number, sGoals = 0): Concreteness[] => [
  { doc_id: 'n', region_id: 'north', doc_type: 'plan', goal: group(0, 0), action: group(10, n) },
  { doc_id: 's', region_id: 'south', doc_type: 'plan', goal: group(5, sGoals), action: group(15, s) },
  { doc_id: 'e', region_id: 'east', doc_type: 'report', goal: group(0, 0), action: group(10, e) },
];
const finding = (view: View, leader: string, qualifier: Finding['qualifier'] = 'most') => ({ view, leaders: [leader], qualifier }) as Finding;
const comparison = (definition: string, findings: Finding[]) => ({
  definition, views: findings.map((f) => f.view), findings, rows: [{ status: 'target' }, { status: 'target' }],
}) as unknown as Comparison;

test('without a comparison that holds per resident, the lead is the concreteness contrast between plans', () => {
  const absoluteOnly = comparison('jobs', [finding('absolute', 'north')]);
  expect(leadFinding([absoluteOnly], concrete(7, 1, 10))).toEqual({
    kind: 'concreteness', plans: 2,
    high: [{ region_id: 'north', doc_id: 'n', count: 7, of: 10 }],
    low: [{ region_id: 'south', doc_id: 's', count: 1, of: 20 }],
  });
});

test('the contrast follows the data: when the shares change places, so does the lead', () => {
  const lead = leadFinding([], concrete(1, 18, 0));
  expect(lead).toMatchObject({ kind: 'concreteness', high: [{ region_id: 'south' }], low: [{ region_id: 'north' }] });
});

test('goal clauses count as commitments: a plan with figures only in its goals is not read as empty', () => {
  // South has no action item with a figure, but four of its five goal clauses carry one: 4 of 20 against 1 of 10.
  expect(leadFinding([], concrete(1, 0, 0, 4))).toMatchObject({ high: [{ region_id: 'south', count: 4, of: 20 }], low: [{ region_id: 'north', count: 1, of: 10 }] });
});

test('plans tied at the top or the bottom are all named; equal shares of different sizes tie', () => {
  const tied: Concreteness[] = [...concrete(5, 10, 0), { doc_id: 'w', region_id: 'west', doc_type: 'plan', goal: group(0, 0), action: group(10, 2) }];
  expect(leadFinding([], tied)).toMatchObject({ high: [{ region_id: 'north' }, { region_id: 'south' }], low: [{ region_id: 'west' }], plans: 3 });
});

test('a report of what was done takes no part in the contrast of promises', () => {
  // East's report has the highest share, but it is not a plan; north and south are level (2 of 10, 4 of 20).
  expect(leadFinding([], concrete(2, 4, 10))).toBeUndefined();
});

test('a comparison leads when one place is highest in every view, per resident included', () => {
  const steady = comparison('firms', [finding('absolute', 'south'), finding('capita', 'south')]);
  expect(leadFinding([steady], concrete(7, 1, 0))).toEqual({ kind: 'comparison', definition: 'firms', leader: 'south', views: ['absolute', 'capita'] });
});

test('a comparison whose leader changes with the view, or whose values are similar, does not lead', () => {
  const flips = comparison('firms', [finding('absolute', 'south'), finding('capita', 'north')]);
  const similar = comparison('jobs', [finding('absolute', 'south', 'similar'), finding('capita', 'south', 'similar')]);
  expect(leadFinding([flips, similar], concrete(7, 1, 0))).toMatchObject({ kind: 'concreteness' });
});
