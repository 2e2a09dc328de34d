// Reads the number a figure is written with: digits or Chinese numerals, then 万/亿.
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function readChineseNumeral(s: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else { total += (digit || 1) * UNIT[ch]; digit = 0; }
  }
  return total + digit;
}

export const MULTIPLIER: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export interface Reading { value: number; valueMax?: number; multiplier: number }

const NUMBER = String.raw`(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)([万亿])?`;
const PATTERN = new RegExp(`^${NUMBER}(?:[^\\d零〇一二两三四五六七八九十百千]*?[-－—~至到]${NUMBER})?`);

const read = (s: string) => (/^\d/.test(s) ? Number(s) : readChineseNumeral(s));

/** The numeric reading of a figure as written ("1000万元" → 1000 ×10,000; "6%-10%" → 6..10). */
export function readFigure(valueText: string): Reading | undefined {
  const m = PATTERN.exec(valueText);
  if (!m) return undefined;
  const value = read(m[1]);
  if (value === undefined) return undefined;
  const valueMax = m[3] !== undefined ? read(m[3]) : undefined;
  const multiplier = MULTIPLIER[m[4] ?? m[2] ?? ''] ?? 1;
  return { value, valueMax, multiplier };
}
