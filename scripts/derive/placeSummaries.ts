import type { Document, Target } from '../../src/schema/index.ts';
import type { Comparison, Concreteness, DepartmentKindCount, PlaceSummary, View } from '../../src/model/site.ts';

/** How many of a report's outcomes, and of a place's kinds of department, its summary names. */
const OUTCOMES_NAMED = 3;
const KINDS_NAMED = 2;

/** Rank of `value` among `values`, 1 for the highest; equal values share a rank. */
const rankOf = (value: number, values: readonly number[]) => 1 + values.filter((v) => v > value).length;

/**
 * What a region page opens with, per place: its headline targets with their rank among the places
 * that set one of the same definition (in the comparison's first view, the places sharing the rank
 * named), a plan's commitments with a figure (goal clauses and action items apart) and its rank among
 * plans, a report's results and budgets (never ranked with plans), the kinds of department named on
 * most items, and, for a report, its headline outcomes as outcomes.
 */
export function placeSummaries(documents: readonly Document[], targets: readonly Target[], comparisons: readonly Comparison[], concreteness: readonly Concreteness[], kinds: readonly DepartmentKindCount[]): PlaceSummary[] {
  const plans = concreteness.filter((c) => c.doc_type === 'plan' && c.goal.items + c.action.items > 0);
  const planShare = (c: Concreteness) => (c.goal.figure + c.action.figure) / (c.goal.items + c.action.items);
  return documents.map((doc) => {
    const compared = comparisons.flatMap((c) => {
      const view: View = c.views[0];
      const drawn = c.rows.filter((r) => r.status === 'target' && r[view] !== undefined);
      const own = drawn.find((r) => r.region_id === doc.region_id);
      if (!own) return [];
      const tiedWith = drawn.filter((r) => r !== own && r[view] === own[view]).map((r) => r.region_id);
      return [{ definition: c.definition, target_id: own.target_id!, view, rank: rankOf(own[view]!, drawn.map((r) => r[view]!)), of: drawn.length, tiedWith }];
    });
    const c = concreteness.find((x) => x.doc_id === doc.doc_id);
    const share = c && plans.includes(c)
      ? {
        goal: { count: c.goal.figure, of: c.goal.items }, action: { count: c.action.figure, of: c.action.items },
        count: c.goal.figure + c.action.figure, of: c.goal.items + c.action.items,
        rank: rankOf(planShare(c), plans.map(planShare)), among: plans.length,
        tiedWith: plans.filter((p) => p !== c && (p.goal.figure + p.action.figure) * (c.goal.items + c.action.items) === (c.goal.figure + c.action.figure) * (p.goal.items + p.action.items)).map((p) => p.region_id),
      }
      : undefined;
    const report = c && c.doc_type === 'report' ? { results: c.goal.result + c.action.result, budgets: c.goal.budget + c.action.budget, of: c.goal.items + c.action.items } : undefined;
    const ranked = kinds.filter((k) => k.region_id === doc.region_id && k.kind !== 'other').sort((a, b) => b.items - a.items || a.kind.localeCompare(b.kind));
    // The kinds named, and every kind tied with the last of them.
    const leadKinds = ranked.filter((k, i) => i < KINDS_NAMED || k.items === ranked[KINDS_NAMED - 1]?.items).map(({ kind, items }) => ({ kind, items }));
    const outcomes = doc.doc_type === 'report'
      ? targets.filter((t) => t.doc_id === doc.doc_id && t.kind === 'outcome' && t.headline && t.per === undefined && t.part_of === undefined).slice(0, OUTCOMES_NAMED).map((t) => t.target_id)
      : [];
    return { region_id: doc.region_id, doc_id: doc.doc_id, compared, ...(share ? { share } : {}), ...(report ? { report } : {}), leadKinds, outcomes };
  });
}
