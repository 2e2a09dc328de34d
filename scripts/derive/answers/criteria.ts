// The three judgements the codebook shares with the concreteness criteria of data/README.md
// ("Concreteness"): does an item state a deadline, does it name a lead unit, is a figure a sum of
// money committed. Each is one small function over the columns of measures.csv and targets.csv that
// hold them (deadline_zh; lead_units, responsible_units, partner_units).
import type { Document, Measure, Target } from '../../../src/schema/index.ts';

/**
 * A deadline is a date the item or its figure states (力争2016年, 到2020年, 每年年底 as a recurring one),
 * quoted in measures.deadline_zh; a goal clause takes the date that opens its goal sentence. A year
 * an item only inherits from the document's title or period is not one, nor a year inside a name.
 */
export function statesDeadline(item: Measure, _figures: readonly Target[], _doc: Document): boolean {
  // measures.deadline_zh quotes the words that state a deadline; a year only inherited from the document is none.
  return item.deadline_zh !== undefined && item.deadline_zh !== '';
}

/** What an item says about who does the work: a lead unit, responsible units only, or no unit. */
export type Responsibility = 'lead' | 'responsible' | 'none';

/**
 * A lead unit is one the text says leads (牵头, 负责, or the document's own lead convention): measures.csv
 * keeps those in `lead_units`; units listed as responsible without a lead (责任单位/责任部门 lists,
 * 各成员单位, units named as acting) are in `responsible_units`, units listed beside a lead in `partner_units`.
 */
export function responsibilityOf(item: Measure, _documentItems: readonly Measure[]): Responsibility {
  if (item.lead_units.length > 0) return 'lead';
  return item.responsible_units.length > 0 || item.partner_units.length > 0 ? 'responsible' : 'none';
}

/**
 * Money committed is a stated sum: money set aside in a budget or fund (a figure of kind budget, in
 * yuan). A fund named without such a figure is a money instrument without an amount.
 * Repoint: read the figure's money column once targets.csv tells committed sums apart.
 */
export const isCommittedSum = (figure: Target): boolean => figure.kind === 'budget' && figure.base_unit === 'cny';
