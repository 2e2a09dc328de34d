import type { Document, Measure, Target } from '../../src/schema/index.ts';
import type { Concreteness } from '../../src/model/site.ts';

/** For each document: how many of its action items have a figure, a deadline, a named lead unit, money. */
export function concreteness(documents: Document[], measures: Measure[], targets: Target[]): Concreteness[] {
  return documents.map((doc) => {
    const actions = measures.filter((m) => m.doc_id === doc.doc_id && m.item_type === 'action');
    const figuresOf = (m: Measure) => targets.filter((t) => t.measure_id === m.measure_id);
    return {
      doc_id: doc.doc_id,
      region_id: doc.region_id,
      actions: actions.length,
      figure: actions.filter((m) => figuresOf(m).length > 0).length,
      // A figure with an end year sets a deadline even when the year comes from the document's own period.
      deadline: actions.filter((m) => m.has_date || figuresOf(m).some((t) => t.period_end !== undefined)).length,
      lead_unit: actions.filter((m) => m.lead_units.length > 0).length,
      money: actions.filter((m) => figuresOf(m).some((t) => t.base_unit === 'cny')).length,
    };
  });
}
