import * as Plot from '@observablehq/plot';
import { placeColourScale } from './palette.ts';
import { BOTTOM_WITH_TITLE, bandFor, leftLabels, rightRoom } from './layout.ts';
import { typeset } from './format.ts';
import type { Locale } from '../i18n/locales.ts';

export interface CountRow { key: string; label: string; count: number; region_id?: string; /** A shorter label for the axis. */ short?: string }
export interface CountBarsOptions {
  width: number;
  axisLabel: string;
  colourOf?: 'region' | 'none';
  /** How the page's language punctuates composed labels. */
  locale: Pick<Locale, 'writing'>;
}

/** Horizontal bars of counts (items per theme, items per place), labelled with their numbers. */
export function countBars(rows: readonly CountRow[], o: CountBarsOptions): Plot.PlotOptions {
  const aria = (d: CountRow) => typeset(`${d.label}: ${d.count}`, o.locale);
  const narrow = o.width < 500;
  const labels = leftLabels(rows.map((r) => r.short ?? r.label), narrow ? 150 : 240, 2);
  return {
    width: o.width,
    height: 54 + rows.length * bandFor(labels.lines, 26),
    marginLeft: labels.margin,
    marginRight: rightRoom(rows.map((r) => String(r.count)), 4, rows.map((r) => String(r.count))),
    marginBottom: BOTTOM_WITH_TITLE,
    color: placeColourScale(rows.flatMap((r) => (r.region_id ? [r.region_id] : []))),
    x: { label: o.axisLabel, grid: true, ticks: narrow ? 3 : 6, tickFormat: 'd' },
    y: { domain: rows.map((d) => d.key), tickFormat: (key: string) => { const r = rows.find((x) => x.key === key)!; return labels.format(r.short ?? r.label); }, label: null, tickSize: 0 },
    marks: [
      Plot.barX(rows, { y: 'key', x: 'count', fill: o.colourOf === 'region' ? 'region_id' : 'var(--accent)', ariaLabel: aria, title: aria }),
      Plot.text(rows, { y: 'key', x: 'count', text: (d) => String(d.count), dx: 4, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
      Plot.ruleX([0]),
    ],
  };
}
