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
}

/** Tidy rows for one view: one per place, in the order given. */
export const comparisonBarRows = (rows: readonly ComparisonRow[], view: View) =>
  rows.map((r) => ({ ...r, value: r.status === 'target' ? r[view] : undefined }));

/** One bar per place with a value in the view; for the others, a label saying why there is none. */
export function comparisonBars(rows: readonly ComparisonRow[], o: ComparisonBarsOptions): Plot.PlotOptions {
  const data = comparisonBarRows(rows, o.view);
  const withValue = data.filter((d) => d.value !== undefined);
  const without = data.filter((d) => d.value === undefined);
  const fmt = (v: number) => formatNumber(v, o.locale);
  const label = (d: (typeof data)[number]) => typeset(
    d.value === undefined
      ? `${o.placeName(d.region_id)}: ${o.missingLabel(d)}`
      : `${o.placeName(d.region_id)}: ${COMPARATOR_SIGN[d.comparator ?? 'eq']}${fmt(d.value)}${d.period_inferred ? ` (${o.inferredLabel})` : ''}`,
    o.locale);
  const narrow = o.width < 500;
  const valueText = (d: (typeof data)[number]) => `${COMPARATOR_SIGN[d.comparator ?? 'eq']}${fmt(d.value!)}${d.period_inferred ? '*' : ''}`;
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
