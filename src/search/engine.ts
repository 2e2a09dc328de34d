// The search itself, shared by the search page and its tests: query normalisation, fuzzy matching
// with fuse.js over the prebuilt index, filters, grouping by place and highlight ranges.
// Pure: no DOM, no fetch.
import Fuse, { type Expression, type FuseOptionKey, type IFuseOptions } from 'fuse.js';
import type { SearchIndex, SearchRecord } from '../model/search.ts';
import { SPELLINGS } from './spellings.ts';

export type Range = [start: number, end: number]; // end exclusive
export type Field = 'title_en' | 'title_zh' | 'summary_en' | 'summary_zh' | 'text_zh' | 'value' | 'theme_names' | 'place_names';

export interface Filters { place?: string; theme?: string; instrument?: string; kind?: string }
export const FILTER_NAMES = ['place', 'theme', 'instrument', 'kind'] as const;

export interface Hit {
  record: SearchRecord;
  /** 0 is a perfect match, 1 no match (the fuse.js score, a product over the fields matched). */
  score: number;
  /** Ranges fuse.js matched, per field. */
  matched: Partial<Record<Field, Range[]>>;
}
export interface PlaceGroup { place: string; hits: Hit[] }
export interface Outcome {
  /** The words searched for, each with the alternatives any of which may match. */
  terms: string[][];
  total: number;
  groups: PlaceGroup[];
}

/**
 * Tested on the queries in tests/search.test.ts. 0.2 lets a word of five to nine characters miss by
 * one (incubater → incubators, guarentee → guarantee); 0.3 already let "xianning" match "Xinjiang"
 * and the default 0.6 lets "孵化" match any text with 孵 or 化 in it. Word endings are handled by
 * the stem alternative instead (incubator → incubat → incubation).
 */
export const THRESHOLD = 0.2;
/**
 * Shorter words, and glossary alternatives, must occur literally: a one-letter slip in a four-letter
 * word is another word (loan → land), and in Chinese one changed character in four changes the sense.
 */
export const FUZZY_MIN_LENGTH = 5;

/** The language of each searched field; names carry both. */
const FIELD_LANG: Record<Field, 'en' | 'zh' | 'both'> = {
  title_en: 'en', summary_en: 'en', title_zh: 'zh', summary_zh: 'zh', text_zh: 'zh', value: 'both', theme_names: 'both', place_names: 'both',
};
const isLatin = (word: string) => /^[\x00-\x7f]*$/.test(word);

/**
 * One query word and its alternatives as a fuse.js extended-search pattern for one field
 * ("'" = literal, "|" = or). The word is matched fuzzily only in fields of its own script: a Latin
 * word cannot be a near miss of Chinese text, and skipping that comparison keeps queries fast.
 */
export function fusePattern(alternatives: readonly string[], field: Field): string {
  const lang = FIELD_LANG[field];
  const fuzzy = (w: string) => [...w].length >= FUZZY_MIN_LENGTH && (lang === 'both' || (lang === 'en') === isLatin(w));
  // A phrase (maker space) is quoted so that fuse.js matches it whole rather than word by word.
  return alternatives.map((w, i) => (i === 0 && fuzzy(w) ? w : /\s/.test(w) ? `'"${w}"` : `'${w}`)).join(' | ');
}

/** A whole query for fuse.js: every word (or one of its alternatives) must match in some field. */
export function fuseQuery(terms: readonly string[][]): Expression {
  const fields = Object.keys(FIELD_LANG) as Field[];
  return { $and: terms.map((alternatives) => ({ $or: fields.map((f) => ({ [f]: fusePattern(alternatives, f) })) })) };
}

// Punctuation that separates words in a query, and fuse.js extended-search operator characters,
// which a reader's query must never trigger.
const SEPARATORS = /[\s,.;:!?()[\]{}<>，。、；：！？（）【】《》“”‘’"'`=^$|\\/]+/u;
const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'by', 'with']);
const TYPE_ORDER = { item: 0, figure: 1, sentence: 2 } as const;

/** NFKC (full-width letters and digits to ASCII), lower case, traditional characters to simplified. */
export function normaliseQuery(query: string, traditional: Readonly<Record<string, string>> = {}): string {
  return [...query.normalize('NFKC').toLowerCase()].map((ch) => traditional[ch] ?? ch).join('').trim();
}

// English endings cut to find other forms of a word (incubator, incubation, incubated); longest first.
const SUFFIXES = ['ations', 'ation', 'ators', 'ator', 'ions', 'ion', 'ings', 'ing', 'ies', 'ers', 'er', 'ed', 'es', 's'];
const MIN_STEM = 5;

/** A Latin word without its ending, when at least five letters remain; else undefined. */
export function stem(word: string): string | undefined {
  if (!/^[a-z-]+$/.test(word)) return undefined;
  const suffix = SUFFIXES.find((x) => word.endsWith(x) && word.length - x.length >= MIN_STEM);
  return suffix ? word.slice(0, -suffix.length) : undefined;
}

/**
 * The words of a query, each with its alternatives (its stem, other spellings, then the glossary's
 * synonyms), any of which may match; English stopwords go when other words remain.
 */
export function queryTerms(query: string, traditional: Readonly<Record<string, string>> = {}, synonyms: Readonly<Record<string, readonly string[]>> = {}): string[][] {
  const words = normaliseQuery(query, traditional).split(SEPARATORS).filter((w) => w.length > 0);
  const kept = words.filter((w) => !STOPWORDS.has(w));
  const unique = [...new Set(kept.length ? kept : words)];
  return unique.map((w) => [...new Set([w, stem(w) ?? w, ...(SPELLINGS[w] ?? []), ...(synonyms[w] ?? [])])]);
}

export const FUSE_OPTIONS = {
  threshold: THRESHOLD,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeMatches: true,
  includeScore: true,
  useExtendedSearch: true,
  minMatchCharLength: 1,
} satisfies IFuseOptions<SearchRecord>;

export interface Searcher {
  /** The index's places, themes, instruments and script map (its records are searched, not listed). */
  index: Omit<SearchIndex, 'records'>;
  byId: Map<string, SearchRecord>;
  search: (query: string, filters?: Filters) => Outcome;
  /**
   * Adds the records of one part of a split index (its position among the parts keeps results in
   * the order one whole index gives, whatever order the parts arrive in).
   */
  add: (records: readonly SearchRecord[], position: number) => void;
}

/** A searcher over a whole index. */
export function createSearcher(index: SearchIndex): Searcher {
  const searcher = createPartSearcher(index);
  searcher.add(index.records, 0);
  return searcher;
}

/**
 * A searcher that receives its records in parts. fuse.js scores each record on its own
 * (ignoreFieldNorm), so searching the parts one by one and merging gives the whole index's results.
 */
export function createPartSearcher(index: Omit<SearchIndex, 'records'>): Searcher {
  const themeNames = new Map(index.themes.map((t) => [t.id, `${t.name_en} / ${t.name_zh}`]));
  const placeNames = new Map(index.places.map((p) => [p.id, `${p.name_en} / ${p.name_zh}`]));
  // Theme and place names are searched on items only: otherwise "tax" or "putuo" would list every
  // sentence of a tax item or of Putuo's text, burying the items themselves.
  const keys: FuseOptionKey<SearchRecord>[] = [
    { name: 'title_en', weight: 3 }, { name: 'title_zh', weight: 3 },
    { name: 'summary_en', weight: 2 }, { name: 'summary_zh', weight: 2 },
    { name: 'text_zh', weight: 1 }, { name: 'value', weight: 1 },
    { name: 'theme_names', weight: 0.5, getFn: (r) => (r.type === 'item' ? r.themes.map((t) => themeNames.get(t) ?? '').join(' / ') : '') },
    { name: 'place_names', weight: 0.5, getFn: (r) => (r.type === 'item' ? placeNames.get(r.place) ?? '' : '') },
  ];
  const parts: { position: number; fuse: Fuse<SearchRecord> }[] = [];
  const byId = new Map<string, SearchRecord>();
  const placeOrder = new Map(index.places.map((p, i) => [p.id, i]));

  const add = (records: readonly SearchRecord[], position: number) => {
    parts.push({ position, fuse: new Fuse([...records], { ...FUSE_OPTIONS, keys }) });
    parts.sort((a, b) => a.position - b.position);
    for (const r of records) byId.set(r.id, r);
  };

  const search = (query: string, filters: Filters = {}): Outcome => {
    const terms = queryTerms(query, index.traditional, index.synonyms);
    if (terms.length === 0) return { terms, total: 0, groups: [] };
    const expression = fuseQuery(terms);
    const hits: Hit[] = parts.flatMap(({ fuse }) => fuse.search(expression).map((r) => {
      const matched: Hit['matched'] = {};
      for (const m of r.matches ?? []) {
        const field = m.key as Field;
        matched[field] = [...(matched[field] ?? []), ...m.indices.map(([s, e]) => [s, e + 1] as Range)];
      }
      return { record: r.item, score: r.score ?? 1, matched };
    }));
    const kept = hits.filter(({ record: r }) =>
      (!filters.place || r.place === filters.place)
      && (!filters.theme || r.themes.includes(filters.theme))
      && (!filters.instrument || r.instruments.includes(filters.instrument))
      && (!filters.kind || r.kind === filters.kind));
    kept.sort((a, b) => a.score - b.score || TYPE_ORDER[a.record.type] - TYPE_ORDER[b.record.type]);
    const groups = new Map<string, Hit[]>();
    for (const h of kept) groups.set(h.record.place, [...(groups.get(h.record.place) ?? []), h]);
    const ordered = [...groups].map(([place, list]) => ({ place, hits: list }))
      .sort((a, b) => a.hits[0].score - b.hits[0].score || (placeOrder.get(a.place) ?? 0) - (placeOrder.get(b.place) ?? 0));
    return { terms, total: kept.length, groups: ordered };
  };
  const { places, themes, instruments, traditional, synonyms, version } = index;
  return { index: { version, places, themes, instruments, traditional, synonyms }, byId, search, add };
}

/**
 * Where to highlight a text: every literal occurrence of a query word or alternative; when there is
 * none (a fuzzy match), the ranges fuse.js reported that are at least two characters long.
 */
export function highlightRanges(text: string, terms: string[][], fuzzy: readonly Range[] = []): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const word of terms.flat()) {
    if (!word) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) ranges.push([at, at + word.length]);
  }
  if (ranges.length === 0) ranges.push(...fuzzy.filter(([s, e]) => e - s >= 2 && e <= text.length));
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

export interface Piece { text: string; hit: boolean }

/** A text cut into plain and highlighted pieces, shortened to `radius` characters around the first highlight. */
export function pieces(text: string, ranges: readonly Range[], radius = Infinity): Piece[] {
  let from = 0, to = text.length;
  if (text.length > 2 * radius) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, first - radius);
    to = Math.min(text.length, from + 2 * radius);
    from = Math.max(0, to - 2 * radius);
  }
  const out: Piece[] = [];
  let at = from;
  for (const [s0, e0] of ranges) {
    const s = Math.max(s0, from), e = Math.min(e0, to);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) out.push({ text: text.slice(at, to), hit: false });
  if (from > 0) out.unshift({ text: '…', hit: false });
  if (to < text.length) out.push({ text: '…', hit: false });
  return out;
}

/** Search state as it lives in the URL: ?q=孵化&place=putuo&theme=…&instrument=…&kind=… */
export function stateFromParams(params: URLSearchParams): { q: string; filters: Filters } {
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const v = params.get(name);
    if (v) filters[name] = v;
  }
  return { q: params.get('q') ?? '', filters };
}

export function paramsFromState(q: string, filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]!);
  return params;
}
