// Every Chinese interface word as a reader meets it: each string, and each template called with
// arguments of the kinds the pages give it, is written as Chinese is typeset: full-width marks in
// Chinese context, no space before a unit, no space around a full-width mark, counts under ten in
// Chinese numerals.
import { describe, expect, test } from 'vitest';
import zhWords, { aboutSections } from './words/zh.ts';

// The words and the about page's sections, which the file exports beside them.
const zh = { ...zhWords, aboutSections };
import type { Words } from './words/en.ts';
import type { AboutFacts } from './words/shape.ts';
import { halfWidthInChinese } from './punctuation.ts';
import { localeOf } from './locales.ts';
import { formatNumber } from '../charts/format.ts';

type Fn = (...args: never[]) => unknown;
type HasFn<T> = T extends Fn ? true : T extends readonly unknown[] ? false : T extends object ? (true extends { [K in keyof T]-?: HasFn<T[K]> }[keyof T] ? true : false) : false;
/** Sample arguments for every template of the words, at the template's own path: the compiler checks their kinds. */
type Samples<T> = { [K in keyof T as HasFn<T[K]> extends true ? K : never]: T[K] extends (...args: infer A) => unknown ? A[] : Samples<T[K]> };

const ZH = localeOf('zh');
const number = (n: number) => formatNumber(n, ZH);
const place = '岳塘区', other = '咸宁市', what = '新增就业';
/** Counts as the pages pass them: under ten, the ten, above ten, and one that reaches 万. */
const counts = [1, 2, 5, 10, 12, 30_000];
const one = <const A extends unknown[]>(f: (n: number) => A): A[] => counts.map(f);
const facts = (n: number): AboutFacts => ({
  places: n, documents: n, sizeRatio: number(n * 10),
  smallest: { name: place, population: number(n * 1_000), year: 2020, kind: '常住人口' },
  largest: { name: other, population: number(n * 1_234_567), year: 2019, kind: '户籍人口' },
  shortestYears: Math.min(n, 3), longestYears: n,
});

const samples: Samples<Words & { aboutSections: typeof aboutSections }> = {
  countWord: one((n) => [n]),
  siteTagline: one((n) => [n]),
  receipt: {
    figureTitle: [['yuetang-2016-t001']], itemTitle: [['yuetang-2016-m001']], drawn: one((n) => [n + 1]),
    withdrawnTitle: [['yuetang-2016-t001']], withdrawnText: [['2026.11.01', '2026.12.03']],
  },
  report: { subject: [[what]] },
  api: { lede: [['2026.12.03']] },
  withdrawn: { text: [['2026.12.03']] },
  sourceLine: one((n) => [n]),
  amounts: { spell: one((n) => [n]) },
  unitPer: [['人', '每万名居民'], ['元', '每万名居民每年']],
  findings: {
    mostPromised: [[what, place], [what, `${place}和${other}`]], similar: [[what]], onlyOne: [[what, place]], noneComparable: [[what]], and: [[place, other]],
    similarNote: [[2], [1.5], [3]], viewLeader: [['每万名居民', place]], viewSimilar: [['每万名居民']],
    comparisonSubtitle: one((n) => [n, '期内新增']), notComparedCount: one((n) => [n]),
    placeScale: [[other, place, 2], [other, place, 195], [other, place, 12_000]],
    instrumentLead: [[place, '资金', 45]], mostConcrete: one((n) => [place, 60, n]),
    timeline: [[5, 2015, 2022, 1, 5], [2, 2016, 2018, 3, 3], [12, 2015, 2021, 2, 12]],
    topTheme: [[place, '创业孵化']], themesSubtitle: one((n) => [n]), themeLeader: one((n) => ['创业孵化', place, n]), departments: [['人力资源和社会保障']],
  },
  home: {
    title: one((n) => [n]), lede: one((n) => [n]), places: one((n) => [n]),
    whyText: one((n) => [n, Math.min(n, 4)]), moreComparisons: one((n) => [n]),
    placeCounts: one((n) => [n, n * 3, number(n * 40_321), 2020]),
  },
  story: {
    lede: one((n) => [n]),
    promisesMost: [[place, false, what, '', 2], [`${place}和${other}`, true, what, '（每万名居民）', 5], [place, false, what, '（每万名居民每年）', 12]],
    promisesSimilar: one((n) => [what, '', n + 1]),
    reportDone: one((n) => [place, n, n * 3]), wholeText: [[place]],
  },
  region: {
    compared: [[what, `${number(300_000)}人`, 1, 5], [what, `不少于${number(5_400)}人`, 2, 3], [what, `${number(1.5e8)}元`, 3, 12]],
    share: [[3, 8, 38, 1, 5], [12, 40, 30, 2, 5], [1, 2, 50, undefined, 5], [2, 9, 22, 4, 12]],
    leadKinds: [[`财政（${number(3)}）、科技（${number(12)}）`]], outcomes: [[`新增就业${number(12_000)}人`]],
  },
  themePage: { itemCount: one((n) => [n]) },
  compare: { pickPlaces: [[2, 5], [2, 12]] },
  dataPage: { lede: one((n) => [n]) },
  quoteCard: {
    lead: [[`不少于${number(300_000)}人`, other, '目标', '2016–2020年', false], [`${number(5_400)}人`, place, '已报告成果', '', true]],
    period: [[2016, 2020], [2016, 2016], [undefined, 2021], [undefined, undefined]],
  },
  search: { lede: one((n) => [n]), label: one((n) => [n]), count: one((n) => [n, Math.min(n, 5)]), none: [['创业']], showMore: one((n) => [n]) },
  aboutSections: one((n) => [facts(n)]),
};

/** Every text a value yields: strings as they are, templates called with each of their samples. */
function texts(value: unknown, sample: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value === 'function') {
    if (!Array.isArray(sample)) throw new Error(`no sample arguments for the template ${path}: add them to the samples above`);
    return sample.flatMap((args: unknown[], i) => texts(value(...args), undefined, `${path}(${i})`));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, undefined, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => texts(v, (sample as Record<string, unknown> | undefined)?.[k], path ? `${path}.${k}` : k));
  }
  return [];
}

const all = texts(zh, samples, '');
const offending = (test: (text: string) => RegExpMatchArray | number[] | null) =>
  all.flatMap(({ path, text }) => {
    const hit = test(text);
    return hit && (!Array.isArray(hit) || hit.length) ? [`${path}: ${text}`] : [];
  });

describe('the Chinese interface words', () => {
  test('the walk reaches every template and string', () => {
    expect(all.length).toBeGreaterThan(Object.keys(zh).length);
    expect(all.some(({ path }) => path.startsWith('aboutSections('))).toBe(true);
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
