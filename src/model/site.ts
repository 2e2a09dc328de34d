// The shape of what the build derives from data/ for the pages (src/generated/site.json).
import type { Region, Document, Theme, Metric, Measure, Target, Correction, Department } from '../schema/index.ts';

export const VIEWS = ['absolute', 'capita', 'capita_year'] as const;
export type View = (typeof VIEWS)[number];

/** One place in one comparison: the value drawn in each view, or why there is none. */
export interface ComparisonRow {
  metric: string;
  region_id: string;
  doc_id: string;
  /** no_total: the place set several figures for this metric but no single total to draw. */
  status: 'target' | 'no_target' | 'no_total';
  target_id?: string;
  value_text?: string;
  comparator?: Target['comparator'];
  basis?: Target['basis'];
  period_start?: number;
  period_end?: number;
  years?: number;
  period_inferred?: boolean;
  absolute?: number;
  capita?: number;
  capita_year?: number;
}

export interface Comparison {
  metric: string;
  rows: ComparisonRow[];
  /** Outcomes and budgets reported for this metric, shown apart from the promises. */
  reported: { region_id: string; target_id: string; kind: Target['kind']; value_base: number; value_text: string }[];
}

export interface Concreteness {
  doc_id: string;
  region_id: string;
  actions: number;
  figure: number;
  deadline: number;
  lead_unit: number;
  money: number;
}

export interface Edit { correction_id: string; start: number; end: number; confidence: Correction['confidence'] }

export interface DocumentText {
  doc_id: string;
  clean: string;
  raw: string;
  edits: Edit[];
  /** Sentence boundaries of the clean text ([start, end) pairs), for #s-<n> anchors. */
  sentences: [number, number][];
}

export interface DepartmentKindCount { kind: Department['kind']; region_id: string; items: number }

export interface SiteData {
  version: string;
  regions: Region[];
  documents: Document[];
  themes: Theme[];
  metrics: Metric[];
  measures: Measure[];
  targets: Target[];
  corrections: Correction[];
  departments: Department[];
  texts: DocumentText[];
  comparisons: Comparison[];
  concreteness: Concreteness[];
  departmentKinds: DepartmentKindCount[];
  /** Lines of the collected web pages removed as furniture (scripts/text/furniture.ts), for the about page. */
  furniture: { pattern: string; what: string }[];
}
