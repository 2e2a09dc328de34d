// Chart ticks and mark labels on Chinese pages: numbers in 万 and 亿, composed labels with full-width
// marks; on English pages grouped digits as before. Synthetic rows, drawn as the build draws them.
import { describe, expect, test } from 'vitest';
import type { Comparison, ComparisonRow } from '../model/site.ts';
import { finding } from '../model/findings.ts';
import { comparisonChart } from './comparisonChart.ts';
import { renderSvg, type SvgNode } from './render.ts';
import { comparisonBars } from './comparisonBars.ts';
import { placeScale } from './placeScale.ts';
import { countBars } from './countBars.ts';
import { localeOf } from '../i18n/locales.ts';
import { halfWidthInChinese } from '../i18n/punctuation.ts';
import { wordsOf } from '../i18n/words.ts';

const zh = wordsOf('zh');

const EN = localeOf('en');
const ZH = localeOf('zh');
const draw = (options: Parameters<typeof renderSvg>[0]) => renderSvg(options, { label: 'test', description: 'test' });

const textOf = (node: SvgNode): string => ('text' in node ? node.text : node.children.map(textOf).join(''));
/** The texts of an axis's tick labels. */
const ticks = (node: SvgNode, axis: 'x' | 'y'): string[] => {
  if ('text' in node) return [];
  if (node.name === 'g' && node.attrs['aria-label'] === `${axis}-axis tick label`) return node.children.map(textOf);
  return node.children.flatMap((c) => ticks(c, axis));
};
const labels = (node: SvgNode): string[] => ('text' in node ? [] : [...(node.attrs['aria-label'] ? [node.attrs['aria-label']] : []), ...node.children.flatMap(labels)]);

const names: Record<string, string> = { north: '北镇', south: '南县' };
const row = (region_id: string, absolute: number, extra: Partial<ComparisonRow> = {}): ComparisonRow =>
  ({ definition: 'jobs', metric: 'jobs', region_id, doc_id: region_id, status: 'target', absolute, reasons: {}, ...extra });

describe('comparison bars', () => {
  const rows = [row('north', 120_000, { comparator: 'gte' }), row('south', 350_000, { period_inferred: true })];
  const bars = (locale: typeof EN | typeof ZH) => draw(comparisonBars(rows, {
    width: 720, view: 'absolute', locale, placeName: (id) => names[id], placeShort: (id) => names[id], unitLabel: '人',
    missingLabel: () => '无目标', inferredLabel: '期限为推断',
  }));

  test('zh ticks from 10,000 up are written in 万, with no grouping comma', () => {
    const x = ticks(bars(ZH), 'x');
    expect(x.length).toBeGreaterThan(2);
    expect(x.filter((t) => t !== '0').every((t) => t.endsWith('万'))).toBe(true);
    expect(x.some((t) => t.includes(','))).toBe(false);
  });

  test('en ticks stay grouped digits', () => {
    const x = ticks(bars(EN), 'x');
    expect(x.some((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toBe(true);
    expect(x.some((t) => /[万亿]/u.test(t))).toBe(false);
  });

  test('zh mark labels carry the number in 万 and full-width marks', () => {
    const marks = labels(bars(ZH)).filter((l) => Object.values(names).some((n) => l.startsWith(n)));
    expect(marks.length).toBe(rows.length);
    for (const l of marks) {
      expect(l).toMatch(/万/u);
      expect(halfWidthInChinese(l), l).toEqual([]);
    }
  });
});

describe('place scale', () => {
  const places = [{ region_id: 'north', symbol: 'circle', population: 52_000, level: 'county' }, { region_id: 'south', symbol: 'square', population: 23_000_000, level: 'autonomous_region' }];
  const scale = (locale: typeof EN | typeof ZH) => draw(placeScale(places, {
    width: 720, locale, placeShort: (id) => names[id], label: (p) => names[p.region_id], levelName: (l) => l, axisLabel: '人口',
  }));

  test('zh log ticks are written in 万 (and 亿 where reached)', () => {
    const x = ticks(scale(ZH), 'x');
    expect(x.length).toBeGreaterThan(1);
    expect(x.every((t) => /^\d+(\.\d+)?[万亿]$/u.test(t)), x.join(' ')).toBe(true);
  });

  test('en log ticks are grouped digits', () => {
    expect(ticks(scale(EN), 'x').every((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toBe(true);
  });
});

test('count bars label each bar in the page’s punctuation', () => {
  const rows = [{ key: 'tax', label: '税务', count: 3 }];
  expect(labels(draw(countBars(rows, { width: 360, axisLabel: '条目', locale: ZH }))).filter((l) => l.startsWith('税务'))).toEqual(['税务：3']);
  expect(labels(draw(countBars(rows, { width: 360, axisLabel: 'items', locale: EN }))).filter((l) => l.startsWith('税务'))).toEqual(['税务: 3']);
});

test('a per-resident axis on a Chinese page names its unit without a space or a half-width mark', () => {
  const rows = [row('north', 120_000, { capita: 1_500, capita_year: 300 }), row('south', 350_000, { capita: 12_000, capita_year: 2_400 })];
  const views = ['absolute', 'capita', 'capita_year'] as const;
  const comparison: Comparison = { definition: 'jobs', metric: 'jobs', measure: 'new_in_period', views, rows, notCompared: [], reported: [], findings: views.map((v) => finding(v, rows)) };
  const regions = Object.keys(names).map((id) => ({ region_id: id, name_en: id, name_zh: names[id], short_en: id, short_zh: names[id] }));
  const spec = comparisonChart({ comparison, regions, definition: { definition_id: 'jobs', name_en: 'Jobs', name_zh: '就业', base_unit: 'person' } }, { s: zh, locale: ZH });
  for (const view of ['capita', 'capita_year'] as const) {
    const label = String((spec.plot(720, view).x as { label: string }).label);
    expect(label).toContain(zh.perTenThousand);
    expect(label).toContain(zh.baseUnits.person);
    expect(label).not.toMatch(/\s/u);
    expect(halfWidthInChinese(label)).toEqual([]);
    expect(ticks(draw(spec.plot(720, view)), 'x').some((t) => t.endsWith('万')), view).toBe(view === 'capita');
  }
});
