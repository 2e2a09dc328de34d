import * as Plot from '@observablehq/plot';
import { leftLabels, rightRoom } from './layout.ts';
import type { Document } from '../schema/index.ts';
import { placeColourScale } from './palette.ts';
import { typeset } from './format.ts';
import type { Locale } from '../i18n/locales.ts';

export interface TimelineOptions {
  width: number;
  placeName: (regionId: string) => string;
  placeShort: (regionId: string) => string;
  label: (d: Document) => string;
  /** How the page's language punctuates composed labels. */
  locale: Pick<Locale, 'writing'>;
}

/** Each document's period as a bar from its first to the end of its last year; inferred periods are lighter. */
export function timeline(documents: readonly Document[], o: TimelineOptions): Plot.PlotOptions {
  const years = documents.flatMap((d) => [d.period_start, d.period_end + 1]);
  const aria = (d: Document) => typeset(`${o.placeName(d.region_id)}: ${o.label(d)}`, o.locale);
  const places = leftLabels(documents.map((d) => o.placeShort(d.region_id)), o.width < 500 ? 110 : 200);
  return {
    width: o.width,
    height: 50 + documents.length * 34,
    marginLeft: places.margin,
    marginRight: rightRoom([], 0, [String(Math.max(...years))]),
    color: placeColourScale(documents.map((d) => d.region_id)),
    // A tick a year where they fit; every other year on a phone.
    x: { domain: [Math.min(...years), Math.max(...years)], label: null, tickFormat: 'd', ticks: Math.ceil((Math.max(...years) - Math.min(...years)) / (o.width < 500 ? 2 : 1)) },
    y: { domain: documents.map((d) => d.region_id), tickFormat: (id: string) => places.format(o.placeShort(id)), label: null, tickSize: 0 },
    marks: [
      Plot.barX(documents, {
        x1: 'period_start', x2: (d) => d.period_end + 1, y: 'region_id', fill: 'region_id',
        fillOpacity: (d) => (d.period_inferred ? 0.55 : 1), inset: 1, ariaLabel: aria, title: aria,
      }),
      // An inferred period is told apart by a dashed outline, not by a lighter fill alone.
      Plot.barX(documents.filter((d) => d.period_inferred), {
        x1: 'period_start', x2: (d) => d.period_end + 1, y: 'region_id', inset: 1, fill: 'none', stroke: 'currentColor', strokeDasharray: '4 2', ariaHidden: 'true',
      }),
      Plot.gridX({ stroke: 'currentColor', strokeOpacity: 0.15 }),
    ],
  };
}
