// Chinese context: where a half-width `, ; : ( ) ? !` was typed for the full-width mark that Chinese
// text uses. One predicate serves the clean texts' cleaning step, the rule on the tables' Chinese
// columns and the zh words and formatter, so all three agree on what counts as Chinese.

/** Half-width mark → the full-width mark Chinese text writes. */
export const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
const MARKS = new Set(Object.keys(FULL_WIDTH));

/** Han characters, CJK symbols and punctuation (、。〔〕…) and full-width forms (，：（）). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Looked through when finding a mark's neighbour: spaces and quotation marks belong to neither script. */
const TRANSPARENT = /[\s“”‘’"'…—]/u;
// An address ends where Chinese text starts, and a mark at its end closes the sentence, not the address.
const URL = /\b(?:https?:\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]*[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef“”,;:()?!]/gu;

const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);

/** Quotation marks that end a quotation looking that way: a mark inside a quotation belongs to it. */
const LEAVING = { [-1]: /[“‘]/u, [1]: /[”’]/u } as const;

/**
 * Index of the nearest character on one side that is not looked through, or -1. The search stops
 * at the end of a quotation the mark stands in: the colon of “measure:” is the quoted word's,
 * whatever Chinese follows the quotation.
 */
function neighbourAt(text: string, at: number, step: -1 | 1): number {
  for (let i = at + step; i >= 0 && i < text.length; i += step) {
    if (LEAVING[step].test(text[i])) return -1;
    if (!TRANSPARENT.test(text[i])) return i;
  }
  return -1;
}
const neighbour = (text: string, at: number, step: -1 | 1): string | undefined => text[neighbourAt(text, at, step)];

/** Spans of the text that are addresses, where every mark stays as typed. */
function urlSpans(text: string): [number, number][] {
  return [...text.matchAll(URL)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * Whether the half-width mark at `at` stands in Chinese context: a CJK character is the nearest
 * character on either side (spaces and quotation marks looked through), outside an address.
 * Digits on both sides (2:1, 1,000) are not Chinese context.
 */
export function isChineseContext(text: string, at: number): boolean {
  if (!MARKS.has(text[at])) return false;
  if (urlSpans(text).some(([s, e]) => at >= s && at < e)) return false;
  return isCjk(neighbour(text, at, -1)) || isCjk(neighbour(text, at, 1));
}

/** Indexes of every half-width mark in Chinese context; a pair of round brackets is judged as one. */
export function halfWidthInChinese(text: string): number[] {
  const hits = new Set<number>();
  const urls = urlSpans(text);
  const inUrl = (i: number) => urls.some(([s, e]) => i >= s && i < e);
  // A mark found is a CJK neighbour once made full-width, so the mark beside it (the ; of "(一);"
  // at the end of a quote) stands in Chinese context too: look again until nothing is added, so
  // that the full-width text has no half-width mark left in Chinese context.
  const cjkAt = (j: number) => j >= 0 && (CJK.test(text[j]) || hits.has(j));
  for (let found = -1; found !== hits.size; ) {
    found = hits.size;
    const open: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (!MARKS.has(ch) || inUrl(i)) continue;
      const chinese = cjkAt(neighbourAt(text, i, -1)) || cjkAt(neighbourAt(text, i, 1));
      if (ch === '(') { open.push(i); if (chinese) hits.add(i); continue; }
      if (ch === ')') {
        const o = open.pop();
        if (chinese || (o !== undefined && hits.has(o))) { hits.add(i); if (o !== undefined) hits.add(o); }
        continue;
      }
      if (chinese) hits.add(i);
    }
  }
  return [...hits].sort((a, b) => a - b);
}

/** The text with every half-width mark in Chinese context made full-width. Keeps the length, so offsets hold. */
export function toFullWidthMarks(text: string, keep: (at: number) => boolean = () => false): string {
  const hits = halfWidthInChinese(text).filter((i) => !keep(i));
  if (!hits.length) return text;
  const chars = text.split('');
  for (const i of hits) chars[i] = FULL_WIDTH[chars[i]];
  return chars.join('');
}

/**
 * For prose written for readers (not verbatim copies): full-width marks, and no space after a
 * full-width mark or before one, as Chinese is typeset.
 */
export function chinesePunctuation(text: string, keep: (at: number) => boolean = () => false): string {
  return toFullWidthMarks(text, keep).replace(/\s*([，；：（）？！、。])\s*/gu, (_m, mark: string) => mark);
}
