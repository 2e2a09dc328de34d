import * as Plot from '@observablehq/plot';
import { placeColourScale, placeSymbolScale } from './palette.ts';
import { formatNumber, type WritingLocale } from './format.ts';
import { BOTTOM_WITH_TITLE, leftLabels, rightRoom } from './layout.ts';

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
  const places = leftLabels(rows.map((r) => o.placeShort(r.region_id)), narrow ? 110 : 200);
  return {
    width: o.width,
    height: 64 + rows.length * 26,
    marginLeft: places.margin,
    // The level is written 10 px right of each dot; the last tick's label is centred on the frame's end.
    marginRight: rightRoom(rows.map((r) => o.levelName(r.level)), 10, [formatNumber(hi, o.locale)]),
    marginBottom: BOTTOM_WITH_TITLE,
    color: placeColourScale(rows.map((r) => r.region_id)),
    symbol: placeSymbolScale(rows),
    x: { type: 'log', domain: [lo, hi], label: o.axisLabel, grid: true, ticks: narrow ? 2 : 4, tickFormat: (v: number) => formatNumber(v, o.locale) },
    y: { domain: rows.map((r) => r.region_id), tickFormat: (id: string) => places.format(o.placeShort(id)), label: null, tickSize: 0 },
    marks: [
      Plot.dot(rows, { x: 'population', y: 'region_id', fill: 'region_id', symbol: 'region_id', r: 6, stroke: 'var(--bg)', strokeWidth: 1, ariaLabel: o.label, title: o.label }),
      Plot.text(rows, { x: 'population', y: 'region_id', text: (d: PlaceSize) => o.levelName(d.level), dx: 10, textAnchor: 'start', fill: 'currentColor', ariaHidden: 'true' }),
    ],
  };
}
