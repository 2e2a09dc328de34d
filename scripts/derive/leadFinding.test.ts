import { expect, test } from 'vitest';
import { leadFinding } from './leadFinding.ts';
import type { Comparison, Concreteness, Finding, View } from '../../src/model/site.ts';
import type { Document } from '../../src/schema/index.ts';

const docs = [
  { doc_id: 'n', region_id: 'north', doc_type: 'plan' },
  { doc_id: 's', region_id: 'south', doc_type: 'plan' },
  { doc_id: 'e', region_id: 'east', doc_type: 'report' },
] as Document[];
const concrete = (n: number, s: number, e: number): Concreteness[] => [
  { doc_id: 'n', region_id: 'north', actions: 10, figure: n, deadline: 0, lead_unit: 0, money: 0 },
  { doc_id: 's', region_id: 'south', actions: 20, figure: s, deadline: 0, lead_unit: 0, money: 0 },
  { doc_id: 'e', region_id: 'east', actions: 10, figure: e, deadline: 0, lead_unit: 0, money: 0 },
];
const finding = (view: View, leader: string, qualifier: Finding['qualifier'] = 'most') => ({ view, leaders: [leader], qualifier }) as Finding;
const comparison = (definition: string, findings: Finding[]) => ({
  definition, views: findings.map((f) => f.view), findings, rows: [{ status: 'target' }, { status: 'target' }],
}) as unknown as Comparison;

test('without a comparison that holds per resident, the lead is the concreteness contrast between plans', () => {
  const absoluteOnly = comparison('jobs', [finding('absolute', 'north')]);
  expect(leadFinding([absoluteOnly], concrete(7, 1, 10), docs)).toEqual({
    kind: 'concreteness', plans: 2,
    high: { region_id: 'north', doc_id: 'n', count: 7, of: 10 },
    low: { region_id: 'south', doc_id: 's', count: 1, of: 20 },
  });
});

test('the contrast follows the data: when the shares change places, so does the lead', () => {
  const lead = leadFinding([], concrete(1, 18, 0), docs);
  expect(lead).toMatchObject({ kind: 'concreteness', high: { region_id: 'south' }, low: { region_id: 'north' } });
});

test('a report of what was done takes no part in the contrast of promises', () => {
  // East's report has the highest share, but it is not a plan.
  expect(leadFinding([], concrete(2, 4, 10), docs)).toBeUndefined();
});

test('a comparison leads when one place is highest in every view, per resident included', () => {
  const steady = comparison('firms', [finding('absolute', 'south'), finding('capita', 'south')]);
  expect(leadFinding([steady], concrete(7, 1, 0), docs)).toEqual({ kind: 'comparison', definition: 'firms', leader: 'south', views: ['absolute', 'capita'] });
});

test('a comparison whose leader changes with the view, or whose values are similar, does not lead', () => {
  const flips = comparison('firms', [finding('absolute', 'south'), finding('capita', 'north')]);
  const similar = comparison('jobs', [finding('absolute', 'south', 'similar'), finding('capita', 'south', 'similar')]);
  expect(leadFinding([flips, similar], concrete(7, 1, 0), docs)).toMatchObject({ kind: 'concreteness' });
});
