import type { Document, Target } from '../../src/schema/index.ts';
import type { Comparison, Concreteness, DepartmentKindCount, PlaceSummary } from '../../src/model/site.ts';

/** How many of a report's outcomes, and of a place's lead kinds of department, its summary names. */
const OUTCOMES_NAMED = 3;
const KINDS_NAMED = 2;

/** Rank of `value` among `values`, 1 for the highest; equal values share a rank. */
const rankOf = (value: number, values: readonly number[]) => 1 + values.filter((v) => v > value).length;

/**
 * What a region page opens with, per place: its headline targets with their rank among the places
 * that set one of the same definition (absolute terms; per resident where the view is offered), the
 * share of its action items with a figure and its rank among plans, the kinds of department that lead
 * most items, and, for a report, its headline outcomes as outcomes.
 */
export function placeSummaries(documents: readonly Document[], targets: readonly Target[], comparisons: readonly Comparison[], concreteness: readonly Concreteness[], kinds: readonly DepartmentKindCount[]): PlaceSummary[] {
  const plans = new Set(documents.filter((d) => d.doc_type === 'plan').map((d) => d.doc_id));
  const planShares = concreteness.filter((c) => plans.has(c.doc_id) && c.actions > 0).map((c) => c.figure / c.actions);
  return documents.map((doc) => {
    const compared = comparisons.flatMap((c) => {
      const drawn = c.rows.filter((r) => r.status === 'target' && r.absolute !== undefined);
      const own = drawn.find((r) => r.region_id === doc.region_id);
      if (!own) return [];
      return [{ definition: c.definition, target_id: own.target_id!, rank: rankOf(own.absolute!, drawn.map((r) => r.absolute!)), of: drawn.length }];
    });
    const c = concreteness.find((x) => x.doc_id === doc.doc_id);
    const share = c && c.actions > 0 ? { count: c.figure, of: c.actions, rank: plans.has(doc.doc_id) ? rankOf(c.figure / c.actions, planShares) : undefined, among: planShares.length } : undefined;
    const leadKinds = kinds.filter((k) => k.region_id === doc.region_id && k.kind !== 'other')
      .sort((a, b) => b.items - a.items || a.kind.localeCompare(b.kind)).slice(0, KINDS_NAMED).map(({ kind, items }) => ({ kind, items }));
    const outcomes = doc.doc_type === 'report'
      ? targets.filter((t) => t.doc_id === doc.doc_id && t.kind === 'outcome' && t.headline && t.per === undefined && t.part_of === undefined).slice(0, OUTCOMES_NAMED).map((t) => t.target_id)
      : [];
    return { region_id: doc.region_id, doc_id: doc.doc_id, compared, share, leadKinds, outcomes };
  });
}
