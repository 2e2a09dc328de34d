// Data text as a page shows it: English text that quotes Chinese (a citation naming 双创对照, a note
// quoting 国家) and Chinese text that names columns or quotes English (由 measure 取代), cut into
// parts, so each run in the other script is marked with its language and each code is set as code.
import type { DataLang } from './locales.ts';

export type TextPart = { text: string; as: 'text' | 'code' | DataLang };

const HAN = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const HAN_RUN = new RegExp(`[${HAN}]+(?:[\\s\\d·]*[${HAN}]+)*`, 'gu');
/** English in Chinese text: words, with the spaces and marks between words of one phrase. */
const LATIN_RUN = /(?:https?|mailto):[^\s\u3000-\u303f\uff00-\uffef“”]+|[A-Za-z][\w'’.\-/]*(?:[ ,&]+[A-Za-z0-9][\w'’.\-/]*)*/g;
/** A lone lowercase name with a dot, dash, digit or underscore, or a lone lowercase word: a column, file or id. */
const IDENTIFIER = /^(?:(?:https?|mailto):\S+|[a-z][a-z0-9]*(?:[._\-/][a-z0-9]+)*)$/;

function cut(text: string, pattern: RegExp, as: (run: string) => TextPart['as']): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), as: 'text' });
    parts.push({ text: m[0], as: as(m[0]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), as: 'text' });
  return parts;
}

const CODE = /\b(?:eq|gte|gt|lte|lt|approx|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b/g;

/**
 * Curators' notes, written in English with the data's codes ("以上 → gte", "metric procurement_threshold_cny"),
 * cut into prose and codes, so a page sets each code apart as code instead of passing it off as a word.
 */
export const splitCodes = (text: string): { text: string; code: boolean }[] =>
  cut(text, CODE, () => 'code').map((p) => ({ text: p.text, code: p.as === 'code' }));

/** Chinese runs cut out of English text; the parts join back to the text. */
export const scriptRuns = (text: string): TextPart[] => cut(text, HAN_RUN, () => 'zh');

/** Data text on a page whose data language is `lang`: codes as code, the other script's runs marked. */
export function textParts(text: string, lang: DataLang): TextPart[] {
  if (lang === 'en') return splitCodes(text).flatMap((p) => (p.code ? [{ text: p.text, as: 'code' as const }] : scriptRuns(p.text)));
  return cut(text, LATIN_RUN, (run) => (IDENTIFIER.test(run) ? 'code' : 'en'));
}
