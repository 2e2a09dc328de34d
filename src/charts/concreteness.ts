import * as Plot from '@observablehq/plot';
import { textWidth } from './textWidth.ts';
import type { Concreteness } from '../model/site.ts';
import { placeColourScale, placeSymbolScale } from './palette.ts';

export const CRITERIA = ['figure', 'deadline', 'lead_unit', 'money'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Tidy rows: one per document and criterion, with the share of action items that meet it. */
export const concretenessRows = (rows: readonly Concreteness[]) =>
  rows.flatMap((r) => CRITERIA.map((criterion) => ({ region_id: r.region_id, doc_id: r.doc_id, criterion, items: r[criterion], actions: r.actions, share: r.actions ? r[criterion] / r.actions : 0 })));

export interface ConcretenessOptions {
  width: number;
  /** Each place's shape, in the order the places are drawn. */
  places: readonly { region_id: string; symbol: string }[];
  placeName: (regionId: string) => string;
  criterionName: (c: Criterion) => string;
  axisLabel: string;
}

/** A dot per document on each criterion: the share of its action items that are concrete that way. */
export function concretenessDots(rows: readonly Concreteness[], o: ConcretenessOptions): Plot.PlotOptions {
  const data = concretenessRows(rows);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const label = (d: (typeof data)[number]) => `${o.placeName(d.region_id)}, ${o.criterionName(d.criterion)}: ${pct(d.share)} (${d.items}/${d.actions})`;
  return {
    width: o.width,
    height: 60 + CRITERIA.length * (rows.length * 11 + 16),
    marginLeft: Math.min(o.width < 500 ? 130 : 200, 12 + Math.max(...CRITERIA.map((c) => textWidth(o.criterionName(c))))),
    marginRight: 20,
    color: placeColourScale(o.places.map((p) => p.region_id)),
    // One row per place inside each criterion, so places with the same share do not hide each other.
    fy: { domain: CRITERIA, tickFormat: o.criterionName, label: null, tickSize: 0 },
    y: { domain: rows.map((r) => r.region_id), axis: null },
    x: { domain: [0, 1], label: o.axisLabel, grid: true, tickFormat: pct, ticks: o.width < 500 ? 3 : 5 },
    symbol: placeSymbolScale(o.places),
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.15, anchor: 'bottom' }),
      Plot.dot(data, { x: 'share', y: 'region_id', fy: 'criterion', fill: 'region_id', symbol: 'region_id', r: 5, stroke: 'var(--bg)', strokeWidth: 1, ariaLabel: label, title: label }),
    ],
  };
}
