import * as Plot from '@observablehq/plot';
import { placeColourScale, placeSymbolScale } from './palette.ts';
import { formatNumber, type WritingLocale } from './format.ts';
import { textWidth } from './textWidth.ts';

export interface PlaceSize { region_id: string; symbol: string; population: number; level: string }

export interface PlaceScaleOptions {
  width: number;
  /** How the page's language writes numbers and its tick labels. */
  locale: WritingLocale;
  placeShort: (regionId: string) => string;
  /** What a mark says: the place, its level, its population with kind and year. */
  label: (p: PlaceSize) => string;
  levelName: (level: string) => string;
  axisLabel: string;
}

/** Each place on one axis of population, on a log scale: the places span two orders of magnitude. */
export function placeScale(rows: readonly PlaceSize[], o: PlaceScaleOptions): Plot.PlotOptions {
  const narrow = o.width < 500;
  const populations = rows.map((r) => r.population);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...populations)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...populations)));
  return {
    width: o.width,
    height: 50 + rows.length * 26,
    marginLeft: 12 + Math.max(...rows.map((r) => textWidth(o.placeShort(r.region_id)))),
    marginRight: narrow ? 90 : 140,
    color: placeColourScale(rows.map((r) => r.region_id)),
    symbol: placeSymbolScale(rows),
    x: { type: 'log', domain: [lo, hi], label: o.axisLabel, grid: true, ticks: narrow ? 2 : 4, tickFormat: (v: number) => formatNumber(v, o.locale) },
    y: { domain: rows.map((r) => r.region_id), tickFormat: o.placeShort, label: null, tickSize: 0 },
    marks: [
      Plot.dot(rows, { x: 'population', y: 'region_id', fill: 'region_id', symbol: 'region_id', r: 6, stroke: 'var(--bg)', strokeWidth: 1, ariaLabel: o.label, title: o.label }),
      Plot.text(rows, { x: 'population', y: 'region_id', text: (d: PlaceSize) => o.levelName(d.level), dx: 10, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
    ],
  };
}
