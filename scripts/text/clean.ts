import * as OpenCC from 'opencc-js';
import type { Correction, Document } from '../../src/schema/index.ts';
import type { Edit } from '../../src/model/site.ts';
import { removeFurniture, removePinyinGlosses } from './furniture.ts';
import { toFullWidthMarks } from '../../src/i18n/punctuation.ts';
import { marksAsWritten } from '../../src/i18n/marksAsWritten.ts';

export interface CleanResult { text: string; edits: Edit[]; problems: { correction_id: string; message: string }[] }

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * raw text → clean text, in the documented order: furniture, pinyin glosses, corrections
 * (each must match exactly once), traditional → simplified, then full-width marks. Returns where
 * each correction landed in the clean text so pages can mark it.
 */
export function cleanDocument(raw: string, doc: Pick<Document, 'doc_id' | 'script'>, corrections: readonly Correction[]): CleanResult {
  let text = removePinyinGlosses(removeFurniture(raw));
  const problems: CleanResult['problems'] = [];
  const applied: { c: Correction; at: number }[] = [];
  for (const c of corrections.filter((c) => c.doc_id === doc.doc_id)) {
    const at = text.indexOf(c.raw);
    if (at < 0) { problems.push({ correction_id: c.correction_id, message: `raw text ${JSON.stringify(c.raw)} is not in the text` }); continue; }
    if (text.indexOf(c.raw, at + 1) >= 0) { problems.push({ correction_id: c.correction_id, message: `raw text ${JSON.stringify(c.raw)} occurs more than once: quote more context` }); continue; }
    text = text.slice(0, at) + c.replacement + text.slice(at + c.raw.length);
    const shift = c.replacement.length - c.raw.length;
    for (const a of applied) if (a.at > at) a.at += shift;
    applied.push({ c, at });
  }
  if (doc.script === 'traditional') {
    const simplified = toSimplified(text);
    // Offsets of the corrections are carried over unchanged, which needs a conversion that keeps length.
    if (simplified.length !== text.length) throw new Error(`${doc.doc_id}: conversion to simplified changed the text's length`);
    text = simplified;
  }
  // The captures stored the published full-width marks half-width (，→, ；→;). Restored last, after
  // the corrections have matched their raw text as captured, and never inside a span kept as damaged.
  const marked = toFullWidthMarks(text, marksAsWritten(text));
  if (marked.length !== text.length) throw new Error(`${doc.doc_id}: restoring full-width marks changed the text's length`);
  text = marked;
  const edits = applied
    .map(({ c, at }) => ({ correction_id: c.correction_id, start: at, end: at + c.replacement.length, confidence: c.confidence }))
    .sort((a, b) => a.start - b.start);
  return { text, edits, problems };
}
