// Finds every amount in a clean text: a number (digits or Chinese numerals, with 万/亿 and
// 多/余 allowed) followed by a quantity word, ranges like 6%-10% and 1-2期 as one occurrence,
// dates like 2015年4月16日 as one occurrence, per-unit amounts like 800/人, amounts in 万 with an
// implied unit, ratios like 2:1, ordinals like 第二批, document numbers like 〔2020〕 5 号, and every
// other numeral, even inside a name (2151工程, 3+5+X, 一带两平台, 双百): a numeral is only left out
// when it numbers a heading, or when a fixed word of data/ignored-terms.csv (进一步, 双创) holds it.
const DIGITS = String.raw`\d+(?:\.\d+)?`;
const HANZI = '(?:半|[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*)';
const NUMBER = `(?:${DIGITS}|${HANZI})(?:[万亿])?(?:[多余])?`;
const UNIT = [
  '万平方米', '平方米', '万平米', '平米', '万元', '亿元', '元', '人次', '周岁', '个月', '小时', '公里', '公顷',
  '个', '家', '户', '人', '名', '位', '项', '次', '期', '起', '批', '年', '月', '日', '天', '%', '％', '所', '座',
  '条', '支', '场', '类', '种', '倍', '间', '栋', '台', '套', '届', '岁', '亩', '处', '部', '篇', '号', '件', '席', '大', '级',
  '季度', '轮', '份',
].join('|');
// 2015-2017 with no 年 after it: a span of years in a title.
const YEAR_SPAN = String.raw`\d{4}[-－—~至到]\d{4}(?![\d年])`;
const DATE = String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[-－—~至到](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?`;
const RANGE = `${NUMBER}(?:${UNIT})?[-－—~至到]${NUMBER}(?:${UNIT})`;
const PER_UNIT = String.raw`\d+(?:\.\d+)?[/／](?:人|户|家|个|年|月|项)`;
const AMOUNT = `${NUMBER}(?:${UNIT})`;
// 第二批, 第一年, 第三: an ordinal says which one, not how many.
const ORDINAL = `第(?:\\d+|${HANZI})(?:${UNIT})?`;
// 〔2020〕 5 号, [2015]9号: a document number, spaces and all, is one occurrence.
const DOCUMENT_NUMBER = String.raw`[〔\[［]\d{4}[〕\]］]\s*\d+\s*号`;
// An amount in 万 or 亿 whose unit is left implied (现已补助60万,), and ratios such as 2:1.
const BARE_MULTIPLE = String.raw`\d+(?:\.\d+)?[万亿](?=[,，。;；、)）\s]|$)`;
const RATIO = String.raw`\d+[:：]\d+`;
// Any other numeral: digits in a name or code (4050人员, 3+5+X, 创新2.0) and runs of Chinese numerals (双创, 一带两平台).
const BARE_DIGITS = String.raw`\d+(?:\.\d+)*(?:[+＋](?:\d+|[A-Za-z]))*`;
const BARE_HANZI = '[零〇一二两三四五六七八九十百千万亿双半]+';

const SCANNER = new RegExp(
  `${DOCUMENT_NUMBER}|${ORDINAL}|${YEAR_SPAN}|${DATE}|${PER_UNIT}|${RANGE}|${AMOUNT}|${BARE_MULTIPLE}|${RATIO}|${BARE_DIGITS}|${BARE_HANZI}`,
  'gu',
);

export interface Occurrence { start: number; text: string }
/** An occurrence and, when a fixed word of data/ignored-terms.csv holds it, that term. */
export interface ScannedOccurrence extends Occurrence { term?: string }

// A heading's number at the start of a line: 一、 (一) （一） 1. 1、 12．
const HEADING = /^(?:[零〇一二两三四五六七八九十]+、|[(（][零〇一二两三四五六七八九十]+[)）]|\d+[.．、](?!\d))/u;

/** Every numeral of the text, each either an amount to code or held by one of `terms`. */
export function scanText(text: string, terms: readonly string[] = []): ScannedOccurrence[] {
  const headings = new Set<number>();
  for (const line of text.matchAll(/^[ \t\u3000]*/gmu)) {
    const start = line.index + line[0].length;
    const h = HEADING.exec(text.slice(start, start + 8));
    if (h) headings.add(start + (h[0].startsWith('(') || h[0].startsWith('（') ? 1 : 0));
  }
  const spans = terms.flatMap((term) => [...text.matchAll(new RegExp(escape(term), 'gu'))].map((m) => ({ term, start: m.index, end: m.index + term.length })));
  const found: ScannedOccurrence[] = [];
  for (const m of text.matchAll(SCANNER)) {
    const start = m.index;
    if (headings.has(start)) continue;
    // Digits inside a longer run of letters (ICP13003879号) are part of a code, not an amount.
    if (/^\d/.test(m[0]) && /[A-Za-z]/.test(text[start - 1] ?? '')) continue;
    const end = start + m[0].length;
    const holder = spans.find((s) => s.start <= start && end <= s.end);
    found.push(holder ? { start, text: m[0], term: holder.term } : { start, text: m[0] });
  }
  return found;
}

/** The amounts of a text still to code: every occurrence no fixed word of `terms` holds. */
export const scanFigures = (text: string, terms: readonly string[] = []): Occurrence[] =>
  scanText(text, terms).filter((o) => o.term === undefined).map(({ start, text: t }) => ({ start, text: t }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
