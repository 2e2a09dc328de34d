import * as Plot from '@observablehq/plot';
import { BOTTOM_WITH_TITLE, leftLabels, rightRoom } from './layout.ts';
import { placeColourScale, placeSymbolScale } from './palette.ts';
import { typeset } from './format.ts';
import type { Locale } from '../i18n/locales.ts';

/** One place's share of its action items in one category: `items` of `actions`. */
export interface ShareRow { region_id: string; category: string; items: number; actions: number }

export interface ShareDotsOptions {
  width: number;
  categories: readonly string[];
  /** Each place's shape, in the order the places are drawn. */
  places: readonly { region_id: string; symbol: string }[];
  placeName: (regionId: string) => string;
  categoryName: (category: string) => string;
  axisLabel: string;
  /** How the page's language punctuates composed labels. */
  locale: Pick<Locale, 'writing'>;
}

export const share = (r: ShareRow) => (r.actions ? r.items / r.actions : 0);

/** A dot per place in each category: the share of its action items that fall in it. */
export function shareDots(rows: readonly ShareRow[], o: ShareDotsOptions): Plot.PlotOptions {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const label = (d: ShareRow) => typeset(`${o.placeName(d.region_id)}, ${o.categoryName(d.category)}: ${pct(share(d))} (${d.items}/${d.actions})`, o.locale);
  const placeIds = o.places.map((p) => p.region_id);
  const categories = leftLabels(o.categories.map(o.categoryName), o.width < 500 ? 130 : 200, Math.max(2, Math.floor((placeIds.length * 11 + 16) / 15)));
  return {
    width: o.width,
    height: 74 + o.categories.length * (placeIds.length * 11 + 16),
    marginLeft: categories.margin,
    marginRight: rightRoom([], 0, [pct(1)]),
    marginBottom: BOTTOM_WITH_TITLE,
    color: placeColourScale(placeIds),
    // One row per place inside each category, so places with the same share do not hide each other.
    fy: { domain: [...o.categories], tickFormat: (c: string) => categories.format(o.categoryName(c)), label: null, tickSize: 0 },
    y: { domain: placeIds, axis: null },
    x: { domain: [0, 1], label: o.axisLabel, grid: true, tickFormat: pct, ticks: o.width < 500 ? 3 : 5 },
    symbol: placeSymbolScale(o.places),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.15, anchor: 'bottom' }),
      Plot.dot(rows, { x: share, y: 'region_id', fy: 'category', fill: 'region_id', symbol: 'region_id', r: 5, stroke: 'var(--bg)', strokeWidth: 1, ariaLabel: label, title: label }),
    ],
  };
}
