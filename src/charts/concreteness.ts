import type * as Plot from '@observablehq/plot';
import type { Concreteness } from '../model/site.ts';
import { shareDots } from './shareDots.ts';
import type { Locale } from '../i18n/locales.ts';

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
  /** How the page's language punctuates composed labels. */
  locale: Pick<Locale, 'writing'>;
}

/** A dot per document on each criterion: the share of its action items that are concrete that way. */
export function concretenessDots(rows: readonly Concreteness[], o: ConcretenessOptions): Plot.PlotOptions {
  return shareDots(concretenessRows(rows).map((r) => ({ ...r, category: r.criterion })), {
    width: o.width, categories: CRITERIA, places: o.places, placeName: o.placeName, categoryName: (c) => o.criterionName(c as Criterion), axisLabel: o.axisLabel, locale: o.locale,
  });
}
