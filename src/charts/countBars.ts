import * as Plot from '@observablehq/plot';
import { placeColourScale } from './palette.ts';
import { fitText, textWidth } from './textWidth.ts';
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
  const marginLeft = Math.min(narrow ? 150 : 240, 12 + Math.max(...rows.map((r) => textWidth(r.short ?? r.label))));
  return {
    width: o.width,
    height: 40 + rows.length * 26,
    marginLeft,
    marginRight: 40,
    color: placeColourScale(rows.flatMap((r) => (r.region_id ? [r.region_id] : []))),
    x: { label: o.axisLabel, grid: true, ticks: narrow ? 3 : 6, tickFormat: 'd' },
    y: { domain: rows.map((d) => d.key), tickFormat: (key: string) => { const r = rows.find((x) => x.key === key)!; return fitText(r.short ?? r.label, marginLeft - 10); }, label: null, tickSize: 0 },
    marks: [
      Plot.barX(rows, { y: 'key', x: 'count', fill: o.colourOf === 'region' ? 'region_id' : 'var(--accent)', ariaLabel: aria, title: aria }),
      Plot.text(rows, { y: 'key', x: 'count', text: (d) => String(d.count), dx: 4, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
      Plot.ruleX([0]),
    ],
  };
}
