import { describe, expect, test } from 'vitest';
import { scriptRuns, splitCodes, textParts } from './scriptRuns.ts';

const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

test('Chinese runs are cut out of English text, and the runs join back to the text', () => {
  const text = 'Shuangchuang Compare (双创对照). (2026). 岳塘区2016年 创新创业 plan: “大众创业、万众创新”.';
  const runs = scriptRuns(text);
  expect(joined(runs)).toBe(text);
  expect(runs.filter((r) => r.as === 'zh').map((r) => r.text)).toEqual(['双创对照', '岳塘区2016年 创新创业', '大众创业、万众创新']);
});

test('text without the other script is one part', () => {
  expect(scriptRuns('plain (2026), here')).toEqual([{ text: 'plain (2026), here', as: 'text' }]);
  expect(textParts('全部中文。', 'zh')).toEqual([{ text: '全部中文。', as: 'text' }]);
  expect(scriptRuns('')).toEqual([]);
});

test('on an English page, codes are code and Chinese is Chinese', () => {
  const parts = textParts('以上 → gte; metric procurement_threshold_cny', 'en');
  expect(joined(parts)).toBe('以上 → gte; metric procurement_threshold_cny');
  expect(parts.filter((p) => p.as !== 'text')).toEqual([{ text: '以上', as: 'zh' }, { text: 'gte', as: 'code' }, { text: 'procurement_threshold_cny', as: 'code' }]);
});

test('on a Chinese page, a lone lowercase name is code and an English phrase is English', () => {
  const text = '由 measure 取代，见 definitions.csv 与 yuetang-2016；原题 Mass Entrepreneurship Plan（GBK 编码）';
  const parts = textParts(text, 'zh');
  expect(joined(parts)).toBe(text);
  expect(parts.filter((p) => p.as !== 'text')).toEqual([
    { text: 'measure', as: 'code' }, { text: 'definitions.csv', as: 'code' }, { text: 'yuetang-2016', as: 'code' },
    { text: 'Mass Entrepreneurship Plan', as: 'en' }, { text: 'GBK', as: 'en' },
  ]);
});

test('on a Chinese page, an address is one code, whatever its letters', () => {
  const parts = textParts('转载天山网：http://news.youth.cn/jsxw/202106/t2021_1.htm。2020年', 'zh');
  expect(parts.filter((p) => p.as !== 'text')).toEqual([{ text: 'http://news.youth.cn/jsxw/202106/t2021_1.htm', as: 'code' }]);
});

describe('codes in curators’ notes', () => {
  test('comparator codes and snake_case ids are set apart; prose, including “range” and “equal”, is not', () => {
    const parts = splitCodes('以上 → gte; a range, equal to the lt of metric procurement_threshold_cny.');
    expect(parts.filter((p) => p.code).map((p) => p.text)).toEqual(['gte', 'lt', 'procurement_threshold_cny']);
    expect(parts.map((p) => p.text).join('')).toBe('以上 → gte; a range, equal to the lt of metric procurement_threshold_cny.');
  });
  test('a note without codes is one piece of prose', () => {
    expect(splitCodes('Status at the time of the report.')).toEqual([{ text: 'Status at the time of the report.', code: false }]);
  });
});
