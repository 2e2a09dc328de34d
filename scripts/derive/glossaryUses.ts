import type { GlossaryTerm, Measure, Document } from '../../src/schema/index.ts';
import type { GlossaryUse } from '../../src/model/site.ts';

/** For each glossary term, the items of each place whose text holds it, places in the order given. */
export function glossaryUses(glossary: readonly GlossaryTerm[], documents: readonly Pick<Document, 'doc_id' | 'region_id'>[], measures: readonly Pick<Measure, 'measure_id' | 'doc_id' | 'section' | 'quote_zh'>[]): GlossaryUse[] {
  return glossary.map((g) => ({
    term_zh: g.term_zh,
    places: documents
      .map((d) => ({ region_id: d.region_id, items: measures.filter((m) => m.doc_id === d.doc_id && m.quote_zh.includes(g.term_zh)).map((m) => ({ measure_id: m.measure_id, section: m.section })) }))
      .filter((p) => p.items.length > 0),
  }));
}
