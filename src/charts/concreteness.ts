import type * as Plot from '@observablehq/plot';
import type { CommitmentGroup, Concreteness, PlanCriterion } from '../model/site.ts';
import { shareDots } from './shareDots.ts';
import type { Locale } from '../i18n/locales.ts';

/** The rows of the chart, goal clauses apart from action items: goals are not assigned units or instruments, so only figure and deadline are asked of them. */
export const CHART_ROWS: readonly { group: CommitmentGroup; criterion: PlanCriterion }[] = [
  { group: 'goal', criterion: 'figure' }, { group: 'goal', criterion: 'deadline' },
  { group: 'action', criterion: 'figure' }, { group: 'action', criterion: 'deadline' }, { group: 'action', criterion: 'lead_unit' },
  { group: 'action', criterion: 'responsible_listed' }, { group: 'action', criterion: 'money_sum' }, { group: 'action', criterion: 'money_instrument' },
];
export const categoryOf = (r: { group: CommitmentGroup; criterion: PlanCriterion }) => `${r.group}:${r.criterion}`;
const parse = (category: string) => { const [group, criterion] = category.split(':'); return { group: group as CommitmentGroup, criterion: criterion as PlanCriterion }; };

/** Plans only: a report of results is judged apart and never drawn beside them. */
export const plansOf = (rows: readonly Concreteness[]) => rows.filter((r) => r.doc_type === 'plan');

/** Tidy rows: one per plan and chart row, with how many of the group's items meet the criterion; `of` is 0 where the plan has no items of the group. */
export const concretenessRows = (rows: readonly Concreteness[]) =>
  plansOf(rows).flatMap((r) => CHART_ROWS.map((c) => ({ region_id: r.region_id, doc_id: r.doc_id, group: c.group, criterion: c.criterion, items: r[c.group][c.criterion], of: r[c.group].items })));

export interface ConcretenessOptions {
  width: number;
  /** Each place's shape, in the order the places are drawn. */
  places: readonly { region_id: string; symbol: string }[];
  placeName: (regionId: string) => string;
  rowName: (group: CommitmentGroup, criterion: PlanCriterion) => string;
  /** What a plan with no items of a group shows instead of a share ("no action items"). */
  noneName: (group: CommitmentGroup) => string;
  axisLabel: string;
  /** How the page's language punctuates composed labels. */
  locale: Pick<Locale, 'writing'>;
}

/** A dot per plan on each row: the share of its goal clauses or action items that are concrete that way. */
export function concretenessDots(rows: readonly Concreteness[], o: ConcretenessOptions): Plot.PlotOptions {
  return shareDots(concretenessRows(rows).map((r) => ({ region_id: r.region_id, category: categoryOf(r), items: r.items, actions: r.of })), {
    width: o.width, categories: CHART_ROWS.map(categoryOf), places: o.places, placeName: o.placeName,
    categoryName: (c) => { const { group, criterion } = parse(c); return o.rowName(group, criterion); }, axisLabel: o.axisLabel, locale: o.locale,
    noneLabel: (c) => o.noneName(parse(c).group),
  });
}
