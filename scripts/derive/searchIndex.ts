// The search index: every item, figure and sentence of the five texts as a flat record with
// both languages' words, built once at build time so the search page only loads and queries it.
import * as OpenCC from 'opencc-js';
import type { SiteData } from '../../src/model/site.ts';
import type { SearchHead, SearchIndex, SearchPart, SearchRecord } from '../../src/model/search.ts';
import type { GlossaryTerm, Measure } from '../../src/schema/index.ts';
import { INSTRUMENTS } from '../../src/schema/vocabulary.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The innermost item whose quote holds [start, end), else the innermost one holding start. */
export function enclosingMeasure<M extends Pick<Measure, 'quote_start' | 'quote_end'>>(measures: readonly M[], start: number, end: number): M | undefined {
  const shortest = (list: M[]) => list.sort((a, b) => (a.quote_end - a.quote_start) - (b.quote_end - b.quote_start))[0];
  return shortest(measures.filter((m) => m.quote_start <= start && end <= m.quote_end))
    ?? shortest(measures.filter((m) => m.quote_start <= start && start < m.quote_end));
}

/**
 * Traditional forms of the simplified characters the records use, mapped back, so a query typed in
 * traditional script finds them without shipping a converter to the browser. A pair is kept only
 * when converting back gives the same character.
 */
export function traditionalMap(texts: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  const chars = new Set<string>();
  for (const t of texts) for (const ch of t) if (/\p{Script=Han}/u.test(ch)) chars.add(ch);
  for (const ch of [...chars].sort()) {
    const trad = toTraditional(ch);
    if (trad !== ch && [...trad].length === 1 && toSimplified(trad) === ch && !(trad in map)) map[trad] = ch;
  }
  return map;
}

/**
 * Search synonyms from the glossary: a Chinese term also finds its English rendering, a one-word
 * rendering its Chinese term, and each word readers also type (search_also) both.
 */
export function glossarySynonyms(glossary: readonly Pick<GlossaryTerm, 'term_zh' | 'term_en' | 'search_also'>[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (word: string, ...alternatives: string[]) => {
    const key = word.normalize('NFKC').toLowerCase();
    // fuse.js operator characters would change what a synonym means in a query.
    const usable = alternatives.filter((a) => a !== key && !/['"|!^$=]/.test(a));
    synonyms[key] = [...new Set([...(synonyms[key] ?? []), ...usable])];
  };
  for (const { term_zh, term_en, search_also } of glossary) {
    const english = term_en.toLowerCase();
    add(term_zh, english);
    if (!/\s/.test(english)) add(english, term_zh);
    for (const word of (search_also ?? '').split(';').map((w) => w.trim()).filter(Boolean)) add(word, english, term_zh);
  }
  return synonyms;
}

// Three endpoints (the whole index, its head, its parts) read the same index: build it once per site.
const built = new WeakMap<SiteData, SearchIndex>();

export function searchIndex(site: SiteData): SearchIndex {
  if (!built.has(site)) built.set(site, buildSearchIndex(site));
  return built.get(site)!;
}

function buildSearchIndex(site: SiteData): SearchIndex {
  const records: SearchRecord[] = [];
  for (const doc of site.documents) {
    const place = doc.region_id;
    const measures = site.measures.filter((m) => m.doc_id === doc.doc_id);
    const itemId = (m: Measure) => `${place}#m-${m.measure_id}`;
    for (const m of measures) {
      records.push({
        id: itemId(m), type: 'item', place, anchor: `m-${m.measure_id}`, themes: m.themes, instruments: m.instruments, section: m.section,
        title_en: m.title_en, title_zh: m.title_zh, summary_en: m.summary_en, summary_zh: m.summary_zh, text_zh: m.quote_zh,
      });
    }
    for (const x of site.targets.filter((t) => t.doc_id === doc.doc_id)) {
      const m = measures.find((mm) => mm.measure_id === x.measure_id)!;
      records.push({
        id: `${place}#t-${x.target_id}`, type: 'figure', place, anchor: `t-${x.target_id}`, themes: m.themes, instruments: m.instruments, kind: x.kind,
        section: m.section, title_en: x.description_en, title_zh: x.description_zh, text_zh: x.quote_zh, value: x.value_text, item: itemId(m),
      });
    }
    const text = site.texts.find((t) => t.doc_id === doc.doc_id)!;
    text.sentences.forEach(([start, end], i) => {
      const m = enclosingMeasure(measures, start, end);
      records.push({
        id: `${place}#s-${i + 1}`, type: 'sentence', place, anchor: `s-${i + 1}`, themes: m?.themes ?? [], instruments: m?.instruments ?? [],
        section: m?.section, text_zh: text.clean.slice(start, end), item: m && itemId(m),
      });
    });
  }
  // Absent fields are left out rather than written as null, to keep the file small.
  const compact = records.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as unknown as SearchRecord);
  return {
    version: site.version,
    records: compact,
    places: site.regions.map((r) => ({ id: r.region_id, name_en: r.name_en, name_zh: r.name_zh })),
    themes: site.themes.map((t) => ({ id: t.theme_id, name_en: t.name_en, name_zh: t.name_zh })),
    instruments: INSTRUMENTS.filter((i) => site.measures.some((m) => m.instruments.includes(i))),
    traditional: traditionalMap(records.flatMap((r) => [r.title_zh ?? '', r.summary_zh ?? '', r.text_zh])),
    synonyms: glossarySynonyms(site.glossary),
  };
}

/** Where a part of the index is built, relative to the site's base: a place's items and figures, or its sentences. */
export const searchPartFile = (place: string, sentences: boolean) => `search-index/${place}${sentences ? '.sentences' : ''}.json`;

/**
 * The index split for the search page: a head without records, then per place its items and
 * figures, and its sentences, so what a reader waits for before the first results (the head and
 * one part) stays the same size however many places there are.
 */
export function searchParts(index: SearchIndex): { head: SearchHead; parts: SearchPart[] } {
  const { records, ...rest } = index;
  const parts = index.places.flatMap((p) => [false, true].map((sentences) => ({
    place: p.id, file: searchPartFile(p.id, sentences),
    records: records.filter((r) => r.place === p.id && (r.type === 'sentence') === sentences),
  })));
  return { head: { ...rest, parts: parts.map(({ place, file }) => ({ place, file })) }, parts: parts.map(({ place, file, records: rs }) => ({ place, file, records: rs })) };
}
