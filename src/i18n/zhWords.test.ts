// Every Chinese interface word as a reader meets it: each string, and each message said with
// arguments of the kinds the pages give it (src/i18n/messageSamples.ts), is written as Chinese is typeset: full-width marks in
// Chinese context, no space before a unit, no space around a full-width mark, counts under ten in
// Chinese numerals.
import { describe, expect, test } from 'vitest';
import { halfWidthInChinese } from './punctuation.ts';
import { localeOf } from './locales.ts';
import { catalogueOf } from './words.ts';
import { compileCatalogue } from './messages.ts';
import { argumentsOf, sampleArgs, stringsOf } from './messageSamples.ts';
import type { Message } from './messageFormat.ts';

const ZH = localeOf('zh');
const catalogue = catalogueOf(ZH.id);
const words = compileCatalogue(catalogue, ZH, catalogueOf('en'));
const at = (tree: unknown, path: string): unknown =>
  path.split(/\.|(?=\[)/).reduce<unknown>((v, key) => (v as Record<string, unknown>)?.[key.startsWith('[') ? Number(key.slice(1, -1)) : key], tree);
/** Text arguments as the pages give them (a place unless named here): names, amounts as read, ids, years. */
const NAMES: Record<string, string> = {
  tied: '咸宁市', what: '新增就业', theme: '创业孵化', kind: '人力资源和社会保障', group: '资金', measure: '期内新增', view: '每万名居民', per: '每万名居民', unit: '人',
  n: '12', from: '2016', to: '2020', counter: '个', value: '不少于30万人', population: '48.3762万', year: '2020', sizeRatio: '195',
  id: 'yuetang-2016-t001', version: '2026.12.03', release: '2026.12.03', last: '2026.11.01', removed: '2026.12.03', q: '创业', list: '财政（3）、科技（12）',
};

/** Every text of the catalogue: plain strings as they are, messages said with every sample of their arguments. */
const all = stringsOf(catalogue).flatMap(({ path, text }) => {
  if (!text.includes('{')) return [{ path, text }];
  return sampleArgs(argumentsOf(text), (arg) => NAMES[arg] ?? '岳塘区').map(({ args }) => ({ path: `${path}${JSON.stringify(args)}`, text: (at(words, path) as Message)(args) }));
});

const offending = (test: (text: string) => RegExpMatchArray | number[] | null) =>
  all.flatMap(({ path, text }) => {
    const hit = test(text);
    return hit && (!Array.isArray(hit) || hit.length) ? [`${path}: ${text}`] : [];
  });

describe('the Chinese interface words', () => {
  test('the walk reaches every message and string', () => {
    expect(all.length).toBeGreaterThan(stringsOf(catalogue).length);
    expect(all.some(({ path }) => path.startsWith('aboutSections.caveats.paragraphs[0]{'))).toBe(true);
  });

  test('no half-width , ; : ( ) ? ! in Chinese context', () => {
    expect(offending((t) => halfWidthInChinese(t))).toEqual([]);
  });

  test('no space between a number and its unit', () => {
    expect(offending((t) => t.match(/[\d零一二两三四五六七八九十百千万亿]\s+[个份人万亿元项次家户年月天倍名条地%]/u))).toEqual([]);
  });

  test('no space before or after a full-width mark', () => {
    expect(offending((t) => t.match(/\s[，；：（）？！、。]|[，；：（）？！、。]\s/u))).toEqual([]);
  });

  test('a count under ten before a measure word is written in Chinese numerals', () => {
    expect(offending((t) => t.match(/(?<![\d.,])[1-9](?![\d.,%])\s*[个份项条地倍名家次]/u))).toEqual([]);
  });
});
