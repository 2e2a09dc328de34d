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
  /** What stands in a category where a place has no items to count (zero of zero is no share, not 0%). */
  noneLabel?: (category: string) => string;
}

/** The share of a place's items in a category; undefined where it has none to count. */
export const share = (r: ShareRow) => (r.actions ? r.items / r.actions : undefined);

/** A dot per place in each category: the share of its action items that fall in it. */
export function shareDots(rows: readonly ShareRow[], o: ShareDotsOptions): Plot.PlotOptions {
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const counted = rows.filter((r) => r.actions > 0);
  const none = rows.filter((r) => r.actions === 0);
  const noneLabel = (d: ShareRow) => (o.noneLabel ? o.noneLabel(d.category) : '–');
  const label = (d: ShareRow) => typeset(`${o.placeName(d.region_id)}, ${o.categoryName(d.category)}: ${d.actions ? `${pct(share(d)!)} (${d.items}/${d.actions})` : noneLabel(d)}`, o.locale);
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
      Plot.dot(counted, { x: (d: ShareRow) => share(d)!, y: 'region_id', fy: 'category', fill: 'region_id', symbol: 'region_id', r: 5, stroke: 'var(--bg)', strokeWidth: 1, ariaLabel: label, title: label }),
      // No dot where there is nothing to count: the place's symbol and the words say so at the axis.
      Plot.text(none, { x: 0, y: 'region_id', fy: 'category', text: (d: ShareRow) => typeset(`${o.placeName(d.region_id)}: ${noneLabel(d)}`, o.locale), textAnchor: 'start', dx: 4, fontSize: 9, fontStyle: 'italic', fill: 'currentColor', ariaLabel: label, title: label }),
    ],
  };
}
