import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { checkUnit, formatAmount, readingBeside, UNITS_AS_WRITTEN, type AmountFigure } from './amounts.ts';
import { COMPARATORS, PER } from '../schema/vocabulary.ts';
import { localeOf } from './locales.ts';
import { wordsOf } from './words.ts';

const en = wordsOf('en');
const zh = wordsOf('zh');

const EN = localeOf('en');
const ZH = localeOf('zh');

/** A synthetic figure: 1 of a unit as written, unless told otherwise. */
const fig = (f: Partial<AmountFigure>): AmountFigure => ({ comparator: 'eq', value: 1, unit_zh: '个', value_base: 1, base_unit: 'facility', ...f });
const inEn = (f: Partial<AmountFigure>) => formatAmount(fig(f), en.amounts, EN);
const inZh = (f: Partial<AmountFigure>) => formatAmount(fig(f), zh.amounts, ZH);

describe('English readings beside Chinese amounts', () => {
  test.each<[string, Partial<AmountFigure>, string]>([
    ['1000万元', { value: 1000, unit_zh: '万元', value_base: 10_000_000, base_unit: 'cny' }, 'CNY 10 million'],
    ['175.85万元', { value: 175.85, unit_zh: '万元', value_base: 1_758_500, base_unit: 'cny' }, 'CNY 1.7585 million'],
    ['160亿元', { value: 160, unit_zh: '亿元', value_base: 16_000_000_000, base_unit: 'cny' }, 'CNY 16 billion'],
    ['10万元', { value: 10, unit_zh: '万元', value_base: 100_000, base_unit: 'cny' }, 'CNY 100,000'],
    ['30万人', { value: 30, unit_zh: '万人', value_base: 300_000, base_unit: 'person' }, '300,000 people'],
    ['两年', { value: 2, unit_zh: '年', value_base: 2, base_unit: 'year' }, 'two years'],
    ['1家', { value: 1, unit_zh: '家', value_base: 1, base_unit: 'entity' }, 'one firm or entity'],
    ['14000人', { value: 14000, unit_zh: '人', value_base: 14000, base_unit: 'person' }, '14,000 people'],
    ['70%', { value: 70, unit_zh: '%', value_base: 70, base_unit: 'percent' }, '70%'],
    ['2:1', { value: 2, unit_zh: ':1', value_base: 2, base_unit: 'ratio' }, '2:1'],
    ['46起', { value: 46, unit_zh: '起', value_base: 46, base_unit: 'count' }, '46'],
  ])('%s → %s', (_written, f, expected) => {
    expect(inEn(f)).toBe(expected);
  });

  test('comparators read as words, and equality as nothing', () => {
    const people = { value: 5000, unit_zh: '人', value_base: 5000, base_unit: 'person' as const };
    expect(inEn({ ...people, comparator: 'gte' })).toBe('at least 5,000 people');
    expect(inEn({ ...people, comparator: 'gt' })).toBe('more than 5,000 people');
    expect(inEn({ ...people, comparator: 'lte' })).toBe('at most 5,000 people');
    expect(inEn({ ...people, comparator: 'lt' })).toBe('less than 5,000 people');
    expect(inEn({ ...people, comparator: 'approx' })).toBe('about 5,000 people');
    expect(inEn({ ...people, comparator: 'eq' })).toBe('5,000 people');
  });

  test('a range reads from its low end to its high end, in the multiplier of its value', () => {
    expect(inEn({ comparator: 'range', value: 1, value_max: 2, unit_zh: '期', value_base: 1, base_unit: 'event', per: 'year' })).toBe('one to two events a year');
    expect(inEn({ comparator: 'range', value: 6, value_max: 10, unit_zh: '%', value_base: 6, base_unit: 'percent' })).toBe('6 to 10%');
    expect(inEn({ comparator: 'range', value: 50, value_max: 200, unit_zh: '万元', value_base: 500_000, base_unit: 'cny' })).toBe('CNY 0.5 to 2 million');
  });

  test('an amount per something says per what', () => {
    expect(inEn({ value: 800, unit_zh: '元', value_base: 800, base_unit: 'cny', per: 'person' })).toBe('CNY 800 per person');
    expect(inEn({ comparator: 'lte', value: 10, unit_zh: '万元', value_base: 100_000, base_unit: 'cny', per: 'entity' })).toBe('at most CNY 100,000 per firm or entity');
  });

  test('no reading carries a vocabulary code or a Chinese character', () => {
    for (const comparator of COMPARATORS) for (const per of [undefined, ...PER]) {
      const out = inEn({ comparator, per, value_max: comparator === 'range' ? 3 : undefined });
      expect(out).not.toMatch(/\b(eq|gte|gt|lte|lt|approx|range|half_year)\b/);
      expect(out).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('Chinese readings', () => {
  test('comparators in Chinese words, 万 and 亿 for large amounts', () => {
    expect(inZh({ comparator: 'gte', value: 30, unit_zh: '万人', value_base: 300_000, base_unit: 'person' })).toBe('不少于30万人');
    expect(inZh({ comparator: 'gt', value: 16, unit_zh: '家', value_base: 16, base_unit: 'facility' })).toBe('超过16家');
    expect(inZh({ comparator: 'lte', value: 300, unit_zh: '万元', value_base: 3_000_000, base_unit: 'cny', per: 'project' })).toBe('每个项目不超过300万元');
    expect(inZh({ comparator: 'lt', value: 5, unit_zh: '%', value_base: 5, base_unit: 'percent' })).toBe('少于5%');
    expect(inZh({ comparator: 'approx', value: 160, unit_zh: '亿元', value_base: 16_000_000_000, base_unit: 'cny' })).toBe('约160亿元');
    expect(inZh({ comparator: 'range', value: 1, value_max: 2, unit_zh: '人', value_base: 1, base_unit: 'person' })).toBe('1至2人');
  });
});

test('a reading that only repeats the figure as written is not shown beside it', () => {
  const f = { ...fig({ value: 5400, unit_zh: '人', value_base: 5400, base_unit: 'person' }), value_text: '5400人' };
  expect(readingBeside(f, en.amounts, EN)).toBe(formatAmount(f, en.amounts, EN));
  expect(readingBeside({ ...f, value_text: formatAmount(f, zh.amounts, ZH) }, zh.amounts, ZH)).toBeUndefined();
});

describe('units', () => {
  test('an unknown unit, or a unit coded as a base unit it cannot be, stops the build', () => {
    expect(() => inEn({ unit_zh: '公顷', base_unit: 'm2' })).toThrow(/公顷/);
    expect(() => inEn({ unit_zh: '万元', base_unit: 'person' })).toThrow(/万元/);
  });

  test('every unit of data/targets.csv has a reading in its base unit', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync('data/targets.csv', 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(() => checkUnit({ unit_zh: r.unit_zh, base_unit: r.base_unit as AmountFigure['base_unit'] }), `${r.target_id}: ${r.unit_zh} as ${r.base_unit}`).not.toThrow();
  });

  test('no reading of data/targets.csv rounds its figure: the English reading holds every digit of value_base', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync('data/targets.csv', 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
    for (const r of rows) {
      const f: AmountFigure = { comparator: r.comparator as AmountFigure['comparator'], value: Number(r.value), value_max: r.value_max ? Number(r.value_max) : undefined, unit_zh: r.unit_zh, value_base: Number(r.value_base), base_unit: r.base_unit as AmountFigure['base_unit'], per: (r.per || undefined) as AmountFigure['per'] };
      const digitsIn = (s: string) => [...s.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      const reading = inEn(f);
      const scaled = f.base_unit === 'cny' && f.value_base >= 1e6;
      if (!/\d/.test(reading)) continue; // a count spelled out (two years)
      const shown = digitsIn(reading)[0] * (scaled ? (f.value_base >= 1e9 ? 1e9 : 1e6) : 1);
      expect(Math.abs(shown - f.value_base), `${r.target_id}: ${reading}`).toBeLessThan(1e-6 * Math.max(1, f.value_base));
    }
  });

  test('the table of units names only base units of the vocabulary', () => {
    const names = Object.keys(en.amounts.units);
    for (const bases of Object.values(UNITS_AS_WRITTEN)) for (const b of bases) expect(names).toContain(b);
  });
});

test('a Chinese reading keeps the measure word the text used; an English one names the base unit', () => {
  const firms: AmountFigure = { comparator: 'eq', value: 2700, value_max: undefined, unit_zh: '个', value_base: 2700, base_unit: 'entity', per: undefined };
  expect(formatAmount(firms, zh.amounts, ZH)).toBe('2700个');
  expect(formatAmount({ ...firms, unit_zh: '家' }, zh.amounts, ZH)).toBe('2700家');
  expect(formatAmount(firms, en.amounts, EN)).not.toContain('个');
  const manyPeople: AmountFigure = { comparator: 'gte', value: 30, value_max: undefined, unit_zh: '万人', value_base: 300000, base_unit: 'person', per: undefined };
  expect(formatAmount(manyPeople, zh.amounts, ZH)).toBe('不少于30万人');
});
