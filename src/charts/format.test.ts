// The shared number formatter and the composed-text typesetter, on synthetic values, in both locales.
import { describe, expect, test } from 'vitest';
import { formatNumber, typeset, type WritingLocale } from './format.ts';
import { localeOf } from '../i18n/locales.ts';
import { halfWidthInChinese } from '../i18n/punctuation.ts';

const EN = localeOf('en');
const ZH = localeOf('zh');
const en = (v: number) => formatNumber(v, EN);
const zh = (v: number) => formatNumber(v, ZH);

/** The number a Chinese-formatted string stands for: digits times the large unit that ends it. */
function readZh(text: string): number {
  const unit = [...ZH.writing.largeUnits].reverse().find((u) => text.endsWith(u.word));
  const digits = Number((unit ? text.slice(0, -unit.word.length) : text).replace(/,/g, ''));
  return unit ? digits * unit.factor : digits;
}
const readEn = (text: string) => Number(text.replace(/,/g, ''));

describe('formatNumber in Chinese', () => {
  test('numbers from 10,000 up are written in 万 and 亿', () => {
    expect(zh(12_000)).toBe('1.2万');
    expect(zh(300_000)).toBe('30万');
    expect(zh(150_000_000)).toBe('1.5亿');
    expect(zh(10_000)).toBe('1万');
    expect(zh(100_000_000)).toBe('1亿');
  });

  test('below 10,000 a number is plain digits, four of them ungrouped', () => {
    expect(zh(9_999)).toBe('9999');
    expect(zh(5_400)).toBe('5400');
    expect(zh(0)).toBe('0');
  });

  test('the unit is chosen after rounding: nothing reaches 10000 of a unit', () => {
    expect(zh(9_999.6)).toBe('1万');
    expect(zh(99_999_999)).toBe('9999.9999万');
    expect(zh(99_999_999.6)).toBe('1亿');
    expect(zh(99_990_000)).toBe('9999万');
  });

  test('negatives and decimals keep their sign and the precision digits have', () => {
    expect(zh(-12_000)).toBe('-1.2万');
    expect(zh(-9_999)).toBe('-9999');
    expect(zh(-150_000_000)).toBe('-1.5亿');
    expect(zh(12.345)).toBe('12.3');
    expect(zh(0.1234)).toBe('0.123');
    expect(zh(12_345.6)).toBe('1.2346万');
  });

  test('a Chinese number stands for exactly what the English one does', () => {
    const values = [1, 9.87, 999, 9_999, 10_000, 10_001, 12_345, 99_999, 123_456_789, 99_999_999, 100_000_000, 2_585_234_567, 1.2e12, -45_678];
    for (const v of values) expect(readZh(zh(v)), `${v}: ${zh(v)} / ${en(v)}`).toBeCloseTo(readEn(en(v)), 6);
  });
});

describe('formatNumber in English', () => {
  test('grouped digits, as before, at every size', () => {
    expect(en(9_999)).toBe('9,999');
    expect(en(10_000)).toBe('10,000');
    expect(en(99_999_999)).toBe('99,999,999');
    expect(en(100_000_000)).toBe('100,000,000');
    expect(en(-12_000)).toBe('-12,000');
    expect(en(12.345)).toBe('12.3');
    expect(en(0.1234)).toBe('0.123');
  });

  test('no English number carries a Chinese unit', () => {
    for (const v of [12_000, 3e8, 1.5e12]) expect(en(v)).not.toMatch(/[万亿]/u);
  });
});

test('the large units are the locale’s own, read from its conventions', () => {
  const thousands: WritingLocale = { intl: 'en-GB', writing: { largeUnits: [{ factor: 1e3, word: 'k' }], grouping: 'auto', fullWidthMarks: false } };
  expect(formatNumber(12_000, thousands)).toBe('12k');
  expect(formatNumber(999, thousands)).toBe('999');
});

describe('typeset', () => {
  const composed = ['岳塘区: ≥ 30万 (期限为推断)', '创业带动就业 (绝对数, 人): 岳塘区 5400; 咸宁市 ≥ 30万.', '财政 3/10, 科技 1/10. 岳塘区: 2016–2018, 方案 (推断).'];
  test('Chinese composed text has its marks full-width, its full stops 。 and no space around them', () => {
    for (const t of composed) {
      const out = typeset(t, ZH);
      expect(halfWidthInChinese(out), out).toEqual([]);
      expect(out).not.toMatch(/\s[，；：（）。]|[，；：（）。]\s/u);
      expect(out.endsWith('。'), out).toBe(t.endsWith('.'));
    }
  });
  test('a decimal point, a ratio and a fraction stay as they are', () => {
    expect(typeset('增长 1.5倍, 比例 2:1, 3/10.', ZH)).toContain('1.5倍');
    expect(typeset('增长 1.5倍, 比例 2:1, 3/10.', ZH)).toContain('2:1');
  });
  test('a Chinese label brackets its numbers full-width; a label without Chinese keeps its brackets', () => {
    expect(typeset('岳塘区, 有具体数字: 68% (19/28)', ZH)).toBe('岳塘区，有具体数字：68%（19/28）');
    expect(typeset('2016–2018 (3/4)', ZH)).toBe('2016–2018 (3/4)');
  });
  test('English is left as written', () => {
    for (const t of ['Yuetang: 300,000 (inferred).', '岳塘区: 5 (推断)']) expect(typeset(t, EN)).toBe(t);
  });
});
