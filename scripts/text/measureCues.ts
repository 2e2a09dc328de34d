// Which measure the words around a figure point to, in the order of data/README.md ("Time, measure
// and scope"): the first rule that matches wins. Curators may depart from it, saying why in notes.
import type { TargetMeasure } from '../../src/schema/vocabulary.ts';

/** Cue words of each measure, in the order they are tried; `parameter` is decided by kind and per. */
export const MEASURE_CUES: readonly { measure: TargetMeasure; cues: readonly string[] }[] = [
  { measure: 'share', cues: ['%', '％', '率', '比例', '比重'] },
  { measure: 'per_period', cues: ['每年', '年均', '每半年', '每季度'] },
  { measure: 'cumulative', cues: ['累计'] },
  { measure: 'stock_at_end', cues: ['达到', '超过', '保持', '总数', '共有'] },
  { measure: 'new_in_period', cues: ['新增', '新建', '建立', '建设', '培育', '带动', '培训', '引领', '帮助', '孵化', '发放'] },
];

/** 全年 reads "each year" only in a plan that spans several years; in an annual plan it is that year. */
const WHOLE_YEAR = '全年';

// Clause and sentence boundaries, half- and full-width alike (the captures mix them).
const CLAUSE_END = /[,，;；。:：()（）\n]/u;
const SENTENCE_END = /[;；。\n]/u;

/** The span around [start, end) in text: from the last boundary before it to the next one after it. */
function around(text: string, start: number, end: number, boundary: RegExp): [number, number] {
  // Offsets past the text (a broken row, reported by the offsets rule) would walk character by
  // character through millions of positions that hold nothing.
  let from = Math.max(0, Math.min(start, text.length));
  while (from > 0 && !boundary.test(text[from - 1])) from--;
  let to = Math.max(from, Math.min(end, text.length));
  while (to < text.length && !boundary.test(text[to])) to++;
  return [from, to];
}

export interface CueInput {
  /** The quote that holds the figure, and where the figure sits in it. */
  quote: string;
  valueOffset: number;
  valueLength: number;
  kind: string;
  per?: string;
  /** true when the document's period covers more than one year. */
  multiYear: boolean;
}

export interface Cue { measure: TargetMeasure; word: string; where: 'row' | 'clause' | 'sentence' }

function firstIn(words: string, multiYear: boolean): Omit<Cue, 'where'> | undefined {
  for (const { measure, cues } of MEASURE_CUES) {
    const list = measure === 'per_period' && multiYear ? [...cues, WHOLE_YEAR] : cues;
    const word = list.find((w) => words.includes(w));
    if (word) return { measure, word };
  }
  return undefined;
}

/**
 * The measure the figure's own clause points to; when the clause has no cue (a verb shared by a
 * list: "建设众创空间2个,创业苗圃1个"), the sentence up to the clause's end. Undefined when neither has one.
 */
export function measureCue({ quote, valueOffset, valueLength, kind, per, multiYear }: CueInput): Cue | undefined {
  if (kind === 'rule') return { measure: 'parameter', word: 'kind=rule', where: 'row' };
  if (per !== undefined) return { measure: 'parameter', word: `per ${per}`, where: 'row' };
  const [clauseStart, clauseEnd] = around(quote, valueOffset, valueOffset + valueLength, CLAUSE_END);
  const own = firstIn(quote.slice(clauseStart, clauseEnd), multiYear);
  if (own) return { ...own, where: 'clause' };
  const [sentenceStart] = around(quote, valueOffset, valueOffset + valueLength, SENTENCE_END);
  const shared = firstIn(quote.slice(sentenceStart, clauseEnd), multiYear);
  return shared ? { ...shared, where: 'sentence' } : undefined;
}
