// Item numbers as a reader of another language reads them: the texts number their items in Chinese
// numerals with bracketed sub-numbers (三(一)1, 三（一）1, 五1), which English pages show as 3.1.1 and
// 5.1. The Chinese numbering stays in the source text and on Chinese pages. Pure and browser-safe.
import type { DataLang } from './locales.ts';

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 九十九 (一, 十, 十一, 二十, 二十三), or undefined. */
export function chineseNumeral(s: string): number | undefined {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens] : 1) * 10 + (units ? DIGITS[units] : 0);
}

const PART = /^(?:([一二两三四五六七八九十]+)|[(（]([一二两三四五六七八九十]+)[)）]|(\d+))/;

/** "三(一)1" or "三（一）1" → "3.1.1"; "五1" → "5.1"; "十一(二十)" → "11.20". Throws on anything else. */
export function itemNumber(section: string): string {
  const parts: number[] = [];
  let rest = section.trim();
  while (rest) {
    const m = PART.exec(rest);
    const n = m && (m[3] !== undefined ? Number(m[3]) : chineseNumeral(m[1] ?? m[2]));
    if (!m || n === undefined || n === null) throw new Error(`item number "${section}" is not a Chinese item number (三(一)1): src/i18n/itemNumbers.ts`);
    parts.push(n);
    rest = rest.slice(m[0].length);
  }
  if (parts.length === 0) throw new Error('empty item number');
  return parts.join('.');
}

/** An item number in a page's data language: Chinese numbering with Chinese brackets (三（一）1), or 3.1.1. */
export const itemNumberIn = (section: string, data: DataLang): string => (data === 'zh' ? section.replace(/\(/g, '（').replace(/\)/g, '）') : itemNumber(section));
