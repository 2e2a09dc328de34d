import * as Plot from '@observablehq/plot';
import { BOTTOM_WITH_TITLE, leftLabels, rightRoom } from './layout.ts';
import type { ComparisonRow, View } from '../model/site.ts';
import { placeColourScale } from './palette.ts';
import { COMPARATOR_SIGN, formatNumber, typeset, type WritingLocale } from './format.ts';

export interface ComparisonBarsOptions {
  width: number;
  view: View;
  /** How the page's language writes numbers and the punctuation of composed labels. */
  locale: WritingLocale;
  placeName: (regionId: string) => string;
  /** Short place names for the axis; marks keep the full name in their labels. */
  placeShort: (regionId: string) => string;
  unitLabel: string;
  /** What stands in for a bar where a place has none in this view (no target, not compared, no census population). */
  missingLabel: (row: ComparisonRow) => string;
  inferredLabel: string;
  /** The period a bar's figure covers, written beside its value (every bar says its period). */
  periodLabel?: (row: ComparisonRow) => string;
  /** What a bar whose measure is uncertain says of it ("may be a running total"). */
  uncertainLabel?: (row: ComparisonRow) => string;
}

/** The mark beside a value whose measure is uncertain; the chart's notes say what it means. */
export const UNCERTAIN_MARK = '†';

/** Tidy rows for one view: one per place, in the order given. */
export const comparisonBarRows = (rows: readonly ComparisonRow[], view: View) =>
  rows.map((r) => ({ ...r, value: r.status === 'target' ? r[view] : undefined }));

/** One bar per place with a value in the view; for the others, a label saying why there is none. */
export function comparisonBars(rows: readonly ComparisonRow[], o: ComparisonBarsOptions): Plot.PlotOptions {
  const data = comparisonBarRows(rows, o.view);
  const withValue = data.filter((d) => d.value !== undefined);
  const without = data.filter((d) => d.value === undefined);
  const fmt = (v: number) => formatNumber(v, o.locale);
  const period = (d: ComparisonRow) => (o.periodLabel ? o.periodLabel(d) : '');
  const uncertain = (d: ComparisonRow) => (d.measure_uncertain && o.uncertainLabel ? o.uncertainLabel(d) : '');
  const label = (d: (typeof data)[number]) => typeset(
    d.value === undefined
      ? `${o.placeName(d.region_id)}: ${o.missingLabel(d)}`
      : `${o.placeName(d.region_id)}: ${COMPARATOR_SIGN[d.comparator ?? 'eq']}${fmt(d.value)}${[period(d), d.period_inferred ? o.inferredLabel : '', uncertain(d)].filter(Boolean).map((x) => ` (${x})`).join('')}`,
    o.locale);
  const narrow = o.width < 500;
  // The value, its marks (* inferred period, † uncertain measure) and the years it covers, beside the bar.
  const valueText = (d: (typeof data)[number]) => typeset(`${COMPARATOR_SIGN[d.comparator ?? 'eq']}${fmt(d.value!)}${d.period_inferred ? '*' : ''}${d.measure_uncertain ? UNCERTAIN_MARK : ''}${period(d) ? ` (${period(d)})` : ''}`, o.locale);
  const places = leftLabels(data.map((d) => o.placeShort(d.region_id)), narrow ? 110 : 200);
  return {
    width: o.width,
    height: 54 + data.length * 34,
    marginLeft: places.margin,
    marginRight: rightRoom(withValue.map(valueText), 4, withValue.map((d) => fmt(d.value!))),
    marginBottom: BOTTOM_WITH_TITLE,
    x: { label: o.unitLabel, grid: true, nice: true, ticks: narrow ? 3 : 6, tickFormat: fmt },
    color: placeColourScale(data.map((d) => d.region_id)),
    y: { label: null, domain: data.map((d) => d.region_id), tickFormat: (id: string) => places.format(o.placeShort(id)), tickSize: 0 },
    marks: [
      Plot.barX(withValue, {
        y: 'region_id', x: 'value', fill: 'region_id',
        fillOpacity: (d) => (d.period_inferred ? 0.6 : 1), ariaLabel: label, title: label,
      }),
      // A measure that may be a running total is hatched over, so it is told apart without its mark too.
      Plot.barX(withValue.filter((d) => d.measure_uncertain), { y: 'region_id', x: 'value', fill: 'none', stroke: 'var(--bg)', strokeWidth: 2, strokeDasharray: '1 5', ariaHidden: 'true' }),
      // An inferred period is told apart by a dashed outline, not by a lighter fill alone.
      Plot.barX(withValue.filter((d) => d.period_inferred), { y: 'region_id', x: 'value', fill: 'none', stroke: 'currentColor', strokeDasharray: '4 2', ariaHidden: 'true' }),
      Plot.text(withValue, {
        y: 'region_id', x: 'value', text: valueText,
        dx: 4, textAnchor: 'start', ariaHidden: 'true', fill: 'currentColor',
      }),
      Plot.text(without, {
        y: 'region_id', x: 0, text: (d) => o.missingLabel(d), dx: 4, textAnchor: 'start',
        fill: 'currentColor', fontStyle: 'italic', ariaLabel: label, title: label,
      }),
      Plot.ruleX([0]),
    ],
  };
}
