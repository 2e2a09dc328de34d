// The shape of the search index (search-index.json), written at build time by
// scripts/derive/searchIndex.ts and read by the search page and its tests.
import type { Target } from '../schema/index.ts';

export type SearchRecordType = 'item' | 'figure' | 'sentence';

/** One searchable thing: an item (measure), a figure (target) or a sentence of a clean text. */
export interface SearchRecord {
  /** Unique within the index: `<region_id>#<anchor>`. */
  id: string;
  type: SearchRecordType;
  place: string;
  /** Fragment id on the region page: m-<measure_id>, t-<target_id> or s-<n>. */
  anchor: string;
  /** Theme ids, primary first (a sentence or figure takes those of the item it sits in). */
  themes: string[];
  instruments: string[];
  /** Figures only. */
  kind?: Target['kind'];
  /** Section number of the item (of the enclosing item for figures and sentences). */
  section?: string;
  /** Items: title; figures: the description. Sentences have none: their words are their own. */
  title_en?: string;
  title_zh?: string;
  /** Items only. */
  summary_en?: string;
  summary_zh?: string;
  /** Items and figures: quote_zh; sentences: the sentence. */
  text_zh: string;
  /** Figures only: the figure as written. */
  value?: string;
  /** Figures and sentences: id of the record of the item they sit in. */
  item?: string;
}

export interface SearchIndex {
  version: string;
  records: SearchRecord[];
  places: { id: string; name_en: string; name_zh: string }[];
  themes: { id: string; name_en: string; name_zh: string }[];
  instruments: string[];
  /** Traditional → simplified, only for characters that occur in the index (so queries in traditional script match). */
  traditional: Record<string, string>;
  /** Query word → the words the data uses for it, generated from data/glossary.csv (众创空间 → maker space). */
  synonyms: Record<string, string[]>;
}

/**
 * The search index as the search page loads it: this head (everything but the records, and the
 * list of parts), then per place its items and figures, and its sentences: the first results need
 * only the head and one part.
 */
export interface SearchHead extends Omit<SearchIndex, 'records'> {
  /** In the order of `places`; `file` is relative to the site's base. */
  parts: { place: string; file: string }[];
}
export interface SearchPart { place: string; file: string; records: SearchRecord[] }
