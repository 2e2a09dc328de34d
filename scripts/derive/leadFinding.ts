import type { Document } from '../../src/schema/index.ts';
import type { Comparison, Concreteness, LeadFinding } from '../../src/model/site.ts';

/**
 * The home page's lead: the one claim the data holds most firmly, chosen by a stated rule.
 * 1. A comparison of like with like whose leader is the same single place in every view it offers,
 *    and which offers a per-resident view (so the lead is not simply the larger place); among several,
 *    the one drawing the most places.
 * 2. Else the contrast in concreteness between plans: the plan with the largest share of action items
 *    that carry a figure against the plan with the smallest, when the two differ.
 * 3. Else none: the page leads with its introduction.
 * Reports of what was done are not plans and take no part in the contrast of promises.
 */
export function leadFinding(comparisons: readonly Comparison[], concreteness: readonly Concreteness[], documents: readonly Document[]): LeadFinding | undefined {
  const steady = comparisons
    .filter((c) => c.views.some((v) => v !== 'absolute'))
    .filter((c) => c.findings.every((f) => f.qualifier === 'most' && f.leaders.length === 1 && f.leaders[0] === c.findings[0].leaders[0]))
    .sort((a, b) => b.rows.filter((r) => r.status === 'target').length - a.rows.filter((r) => r.status === 'target').length);
  if (steady.length) {
    const c = steady[0];
    return { kind: 'comparison', definition: c.definition, leader: c.findings[0].leaders[0], views: [...c.views] };
  }
  const plans = new Set(documents.filter((d) => d.doc_type === 'plan').map((d) => d.doc_id));
  const shares = concreteness
    .filter((c) => plans.has(c.doc_id) && c.actions > 0)
    .map((c) => ({ region_id: c.region_id, doc_id: c.doc_id, count: c.figure, of: c.actions, share: c.figure / c.actions }));
  if (shares.length < 2) return undefined;
  // Ties go to the place listed first, so the choice does not depend on sort stability.
  const high = shares.reduce((a, b) => (b.share > a.share ? b : a));
  const low = shares.reduce((a, b) => (b.share < a.share ? b : a));
  if (high.share === low.share) return undefined;
  const { share: _h, ...highPart } = high;
  const { share: _l, ...lowPart } = low;
  return { kind: 'concreteness', high: highPart, low: lowPart, plans: shares.length };
}
