import type * as Plot from '@observablehq/plot';
import type { View } from '../model/site.ts';
import type { Words } from '../i18n/words.ts';
import type { Locale } from '../i18n/locales.ts';

/** What a chart needs of a locale: its words, the language its data text is read in, how it writes numbers and punctuation. */
export interface ChartWords { s: Words; locale: Pick<Locale, 'data' | 'intl' | 'writing'> }

export interface TableColumn { key: string; label: string; numeric?: boolean }

export interface ChartSpec {
  chart_id: string;
  /** The title of the first view; every view has its own where `titles` is given. */
  title: string;
  /** A title per view, each true of that view's values (a comparison's order can differ between views). */
  titles?: Partial<Record<View, string>>;
  /** What the chart is about, for its accessible name where titles change with the view. */
  topic?: string;
  subtitle: string;
  /** One sentence under the chart saying how to read it (what a mark is, what longer or further means). */
  howToRead: string;
  units: string;
  source: string;
  /** Views the chart can switch between (build-time SVGs); a single entry when it has none. */
  views: readonly (View | 'default')[];
  plot: (width: number, view: View | 'default') => Plot.PlotOptions;
  /** A plain-language summary of what the chart shows (its text alternative). */
  summary: (view: View | 'default') => string;
  /** Exactly the numbers drawn, one row per mark. */
  columns: TableColumn[];
  rows: Record<string, string | number>[];
  /** Places to name in a legend, for charts whose marks are told apart by colour and shape only. */
  legend?: { region_id: string; label: string; symbol: string }[];
  /** Keys to the marks (comparators, inferred periods), shown under the chart and in exports. */
  notes?: string[];
  /** Figures of the same family listed under the chart instead of drawn in it, each with its reason. */
  notCompared?: { region_id: string; target_id: string; text: string; reason: string }[];
  /** Where the chart lives on the site (the embed links back to it). */
  page: string;
}
