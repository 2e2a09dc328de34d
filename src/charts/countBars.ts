import * as Plot from '@observablehq/plot';
import { placeColourScale } from './palette.ts';

export interface CountRow { key: string; label: string; count: number; region_id?: string }
export interface CountBarsOptions { width: number; axisLabel: string; colourOf?: 'region' | 'none' }

/** Horizontal bars of counts (items per theme, items per place), labelled with their numbers. */
export function countBars(rows: readonly CountRow[], o: CountBarsOptions): Plot.PlotOptions {
  const aria = (d: CountRow) => `${d.label}: ${d.count}`;
  const narrow = o.width < 500;
  return {
    width: o.width,
    height: 40 + rows.length * 26,
    marginLeft: narrow ? 130 : 220,
    marginRight: 40,
    color: placeColourScale(),
    x: { label: o.axisLabel, grid: true, ticks: narrow ? 3 : 6, tickFormat: 'd' },
    y: { domain: rows.map((d) => d.label), label: null, tickSize: 0 },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'count', fill: o.colourOf === 'region' ? 'region_id' : 'var(--accent)', ariaLabel: aria, title: aria }),
      Plot.text(rows, { y: 'label', x: 'count', text: (d) => String(d.count), dx: 4, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
      Plot.ruleX([0]),
    ],
  };
}
