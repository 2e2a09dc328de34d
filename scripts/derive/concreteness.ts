import type { Document, InstrumentKind, Measure, Target } from '../../src/schema/index.ts';
import { COMMITMENT_GROUPS, PLAN_CRITERIA, REPORT_CRITERIA, type CommitmentGroup, type Concreteness, type CriteriaCounts, type ItemCriteria } from '../../src/model/site.ts';

const isCommitment = (m: Measure): m is Measure & { item_type: CommitmentGroup } => (COMMITMENT_GROUPS as readonly string[]).includes(m.item_type);

/**
 * What a reader can check of each goal clause and action item, by the definitions of data/README.md
 * ("Concreteness"): a coded figure; a deadline stated in words (measures.deadline_zh); a lead unit the
 * text marks (lead_units) or only units listed (responsible_units); a sum of money (a figure in yuan)
 * or only a money instrument without one; for a report, results with figures and budgets stated.
 */
export function itemCriteria(documents: readonly Document[], measures: readonly Measure[], targets: readonly Target[], instruments: readonly InstrumentKind[]): ItemCriteria[] {
  const money = new Set<string>(instruments.filter((i) => i.group === 'money').map((i) => i.instrument));
  const regionOf = new Map(documents.map((d) => [d.doc_id, d.region_id]));
  return measures.filter(isCommitment).map((m) => {
    const figures = targets.filter((t) => t.measure_id === m.measure_id);
    const sum = figures.some((t) => t.base_unit === 'cny' && t.kind !== 'outcome');
    return {
      measure_id: m.measure_id, doc_id: m.doc_id, region_id: regionOf.get(m.doc_id)!, group: m.item_type,
      figures: figures.length,
      ...(m.deadline_zh ? { deadline_zh: m.deadline_zh } : {}),
      leadership: m.lead_units.length ? 'lead_named' : m.responsible_units.length || m.partner_units.length ? 'responsible_listed' : 'none',
      money: sum ? 'sum_stated' : m.instruments.some((i) => money.has(i)) ? 'instrument_no_amount' : 'none',
      result: figures.some((t) => t.kind === 'outcome'),
      budget: figures.some((t) => t.kind === 'budget'),
    };
  });
}

const MEETS: Record<(typeof PLAN_CRITERIA)[number] | (typeof REPORT_CRITERIA)[number], (i: ItemCriteria) => boolean> = {
  figure: (i) => i.figures > 0,
  deadline: (i) => i.deadline_zh !== undefined,
  lead_unit: (i) => i.leadership === 'lead_named',
  responsible_listed: (i) => i.leadership === 'responsible_listed',
  money_sum: (i) => i.money === 'sum_stated',
  money_instrument: (i) => i.money === 'instrument_no_amount',
  result: (i) => i.result,
  budget: (i) => i.budget,
};

const counts = (items: readonly ItemCriteria[]): CriteriaCounts => ({
  items: items.length,
  figures: items.reduce((n, i) => n + i.figures, 0),
  ...(Object.fromEntries(Object.entries(MEETS).map(([k, meets]) => [k, items.filter(meets).length])) as Record<keyof typeof MEETS, number>),
});

/** Per document: its goal clauses and its action items counted apart, each against every criterion. */
export function concreteness(documents: readonly Document[], criteria: readonly ItemCriteria[]): Concreteness[] {
  return documents.map((doc) => {
    const of = (group: CommitmentGroup) => criteria.filter((i) => i.doc_id === doc.doc_id && i.group === group);
    return { doc_id: doc.doc_id, region_id: doc.region_id, doc_type: doc.doc_type, goal: counts(of('goal')), action: counts(of('action')) };
  });
}
