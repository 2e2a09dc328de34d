import type { Comparison, Concreteness, LeadFinding, PlanShare } from '../../src/model/site.ts';

/**
 * The home page's lead: the one claim the data holds most firmly, chosen by a stated rule.
 * 1. A comparison of like with like whose leader is the same single place in every view it offers,
 *    and which offers a per-resident view (so the lead is not simply the larger place); among several,
 *    the one drawing the most places.
 * 2. Else the contrast in concreteness between plans: the plans with the largest share of commitments
 *    (goal clauses and action items) that carry a figure against those with the smallest, when the two
 *    differ; every plan tied at either end is named.
 * 3. Else none: the page leads with its introduction.
 * Reports of what was done are not plans and take no part in the contrast of promises.
 */
export function leadFinding(comparisons: readonly Comparison[], concreteness: readonly Concreteness[]): LeadFinding | undefined {
  const steady = comparisons
    .filter((c) => c.views.some((v) => v === 'capita' || v === 'capita_year'))
    .filter((c) => c.findings.every((f) => f.qualifier === 'most' && f.leaders.length === 1 && f.leaders[0] === c.findings[0].leaders[0]))
    .sort((a, b) => b.rows.filter((r) => r.status === 'target').length - a.rows.filter((r) => r.status === 'target').length);
  if (steady.length) {
    const c = steady[0];
    return { kind: 'comparison', definition: c.definition, leader: c.findings[0].leaders[0], views: [...c.views] };
  }
  const shares = concreteness
    .filter((c) => c.doc_type === 'plan' && c.goal.items + c.action.items > 0)
    .map((c) => ({ region_id: c.region_id, doc_id: c.doc_id, count: c.goal.figure + c.action.figure, of: c.goal.items + c.action.items }));
  if (shares.length < 2) return undefined;
  // Shares compared as fractions, so equal shares tie exactly (5 of 10 and 10 of 20).
  const cmp = (a: PlanShare, b: PlanShare) => a.count * b.of - b.count * a.of;
  const high = shares.filter((a) => shares.every((b) => cmp(a, b) >= 0));
  const low = shares.filter((a) => shares.every((b) => cmp(a, b) <= 0));
  if (cmp(high[0], low[0]) === 0) return undefined;
  return { kind: 'concreteness', high, low, plans: shares.length };
}
