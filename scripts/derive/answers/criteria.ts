// The three judgements the codebook shares with the concreteness criteria of data/README.md
// ("Concreteness"): does an item state a deadline, does it name a lead unit, is a figure a sum of
// money committed. Each is one small function over the columns the data has today, so that when
// measures.csv gains columns of its own for them, only the body of the function changes.
import type { Document, Measure, Target } from '../../../src/schema/index.ts';

/**
 * A deadline is a date the item or its figure states; the document's own period, inherited by
 * every item, is not. Today's data has `has_date` (the item's text names a date, the document's
 * period included), so a goal whose every figure covers exactly the document's stated period is
 * read as restating that period, not as setting a deadline.
 * Repoint: return the item's own deadline column once measures.csv has it.
 */
export function statesDeadline(item: Measure, figures: readonly Target[], doc: Document): boolean {
  if (!item.has_date) return false;
  const restatesPeriod = item.item_type === 'goal' && figures.length > 0 && !doc.period_inferred
    && figures.every((t) => !t.period_inferred && t.period_start === doc.period_start && t.period_end === doc.period_end);
  return !restatesPeriod;
}

/** What an item says about who does the work: a lead unit, responsible units only, or no unit. */
export type Responsibility = 'lead' | 'responsible' | 'none';

/**
 * A lead unit is one the text says leads (牵头, 负责, or the document's own lead convention); a list
 * of 责任单位/责任部门 alone, or 各成员单位, is responsible units only. Today's data keeps the units in
 * `lead_units`, and only a document that names leads apart from others fills `partner_units`
 * (Xianning's 牵头单位 and 责任单位): in such a document `lead_units` are leads; elsewhere they are
 * the responsible units the text lists.
 * Repoint: read the lead and responsible columns once measures.csv tells them apart.
 */
export function responsibilityOf(item: Measure, documentItems: readonly Measure[]): Responsibility {
  if (item.lead_units.length === 0) return 'none';
  const namesLeadsApart = documentItems.some((m) => m.partner_units.length > 0);
  return namesLeadsApart && !item.lead_units.every((u) => u.startsWith('各')) ? 'lead' : 'responsible';
}

/**
 * Money committed is a stated sum: money set aside in a budget or fund (a figure of kind budget, in
 * yuan). A fund named without such a figure is a money instrument without an amount.
 * Repoint: read the figure's money column once targets.csv tells committed sums apart.
 */
export const isCommittedSum = (figure: Target): boolean => figure.kind === 'budget' && figure.base_unit === 'cny';
