import type { Document, InstrumentKind, Measure } from '../../src/schema/index.ts';
import { INSTRUMENT_GROUPS } from '../../src/schema/vocabulary.ts';
import type { InstrumentShare } from '../../src/model/site.ts';

/** For each document and kind of help: how many of its action items use an instrument of that kind. */
export function instrumentMix(documents: readonly Document[], measures: readonly Measure[], kinds: readonly InstrumentKind[]): InstrumentShare[] {
  const groupOf = new Map<string, string>(kinds.map((k) => [k.instrument, k.group]));
  return documents.flatMap((doc) => {
    const actions = measures.filter((m) => m.doc_id === doc.doc_id && m.item_type === 'action');
    return INSTRUMENT_GROUPS.map((group) => ({
      doc_id: doc.doc_id, region_id: doc.region_id, group, actions: actions.length,
      items: actions.filter((m) => m.instruments.some((i) => groupOf.get(i) === group)).length,
    }));
  });
}
