// What a receipt page shows for one figure or item, as derived (scripts/derive/receipts.ts).
import type { NotComparedReason } from './site.ts';

export type ReceiptTable = 'targets' | 'measures';

/** Where a figure stands in the comparisons: drawn beside others, listed as not compared, or in none. */
export type ComparedStatus =
  | { status: 'drawn'; definition: string; places: number }
  | { status: 'not_compared'; definition: string; reason: NotComparedReason }
  | { status: 'no_comparison' };

/** A change to this row (or to every row of its table) since an earlier release, with its reason. */
export interface ReceiptChange { release: string; column: string; kind: string; reason_en: string; reason_zh: string; all_rows: boolean }

export interface Citation { apa: string; bibtex: string; ris: string; csl: string }

export interface Receipt {
  table: ReceiptTable;
  id: string;
  doc_id: string;
  /** The sentence holding the figure (or the item's text) and a sentence either side, as offsets. */
  context: { start: number; end: number; before: [number, number] | null; after: [number, number] | null };
  compared?: ComparedStatus;
  changes: ReceiptChange[];
  citation: Citation;
  /** The receipt's address: absolute when the site's address was given at build time, else from the site's root. */
  url: string;
}

/** An id published in an earlier release and absent from this one. */
export interface WithdrawnReceipt {
  table: ReceiptTable;
  id: string;
  /** The last release that held it, and the first that did not. */
  last_release: string;
  withdrawn_in: string;
  reason_en?: string;
  reason_zh?: string;
}

export interface ReceiptsData { version: string; date: string; absolute: boolean; receipts: Receipt[]; withdrawn: WithdrawnReceipt[] }

export const receiptPath = (table: ReceiptTable, id: string) => `${table === 'targets' ? 'figures' : 'items'}/${id}/`;
