// Finds every amount in a clean text: a number (digits or Chinese numerals, with 万/亿 and
// 多/余 allowed) followed by a quantity word, ranges like 6%-10% and 1-2期 as one occurrence,
// dates like 2015年4月16日 as one occurrence, per-unit amounts like 800/人, amounts in 万 with an
// implied unit, and ratios like 2:1.
const DIGITS = String.raw`\d+(?:\.\d+)?`;
const HANZI = '[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*';
const NUMBER = `(?:${DIGITS}|${HANZI})(?:[万亿])?(?:[多余])?`;
const UNIT = [
  '万平方米', '平方米', '万平米', '平米', '万元', '亿元', '元', '人次', '周岁', '个月', '小时', '公里', '公顷',
  '个', '家', '户', '人', '名', '位', '项', '次', '期', '起', '批', '年', '月', '日', '天', '%', '％', '所', '座',
  '条', '支', '场', '类', '种', '倍', '间', '栋', '台', '套', '届', '岁', '亩', '处', '部', '篇', '号', '件', '席', '大', '级',
].join('|');
const DATE = String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[-－—~至到](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?`;
const RANGE = `${NUMBER}(?:${UNIT})?[-－—~至到]${NUMBER}(?:${UNIT})`;
const PER_UNIT = String.raw`\d+(?:\.\d+)?/(?:人|户|家|个|年|月|项)`;
const AMOUNT = `${NUMBER}(?:${UNIT})`;
// An amount in 万 or 亿 whose unit is left implied (现已补助60万,), and ratios such as 2:1.
const BARE_MULTIPLE = String.raw`\d+(?:\.\d+)?[万亿](?=[,,。;;、)\s]|$)`;
const RATIO = String.raw`\d+[::]\d+`;

const SCANNER = new RegExp(`${DATE}|${PER_UNIT}|${RANGE}|${AMOUNT}|${BARE_MULTIPLE}|${RATIO}`, 'gu');

export interface Occurrence { start: number; text: string }

/** A lone 一 before a measure word is mostly the article "a" (一批, 一个时期); it is not scanned. */
const isArticle = (s: string) => /^一(?:个|批|次|项|家|种|类|条|件|大|级|场|座|支|处|套|间|部|名|位|人|年|期)$/.test(s);

export function scanFigures(text: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const m of text.matchAll(SCANNER)) {
    if (isArticle(m[0])) continue;
    // Digits inside a longer run of letters/digits (2151工程 is caught whole; ICP numbers are not amounts).
    const before = text[m.index - 1] ?? '';
    if (/[A-Za-z0-9.]/.test(before)) continue;
    found.push({ start: m.index, text: m[0] });
  }
  return found;
}
