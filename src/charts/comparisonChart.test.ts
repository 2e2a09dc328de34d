import { expect, test } from 'vitest';
import { comparisonChart } from './comparisonChart.ts';
import type { Comparison, ComparisonRow } from '../model/site.ts';
import { finding } from '../model/findings.ts';
import { localeOf } from '../i18n/locales.ts';
import { wordsOf } from '../i18n/words.ts';

const en = wordsOf('en');
const zh = wordsOf('zh');

const EN = { s: en, locale: localeOf('en') };
const ZH = { s: zh, locale: localeOf('zh') };

// Two places whose order flips between the absolute and the per-resident-per-year views.
const row = (region_id: string, values: Partial<ComparisonRow>): ComparisonRow => ({
  definition: 'driven', metric: 'jobs', region_id, doc_id: `d${region_id}`, status: 'target', target_id: `t${region_id}`, value_text: '1',
  comparator: 'eq', measure: 'new_in_period', period_start: 2016, period_end: 2016, years: 1, period_inferred: false, reasons: {}, ...values,
});
const rows = [row('a', { absolute: 2_000, capita: 1_000, capita_year: 1_000 }), row('b', { absolute: 20_000, capita: 2_000, capita_year: 400, comparator: 'gte', period_inferred: true }), { ...row('c', {}), status: 'no_target' as const, target_id: undefined }];
const views = ['absolute', 'capita', 'capita_year'] as const;
const comparison: Comparison = {
  definition: 'driven', metric: 'jobs', measure: 'new_in_period', views, rows,
  notCompared: [{ region_id: 'c', doc_id: 'dc', target_id: 'tc', definition: 'other', definition_en: 'Other jobs', definition_zh: '其他就业', value_text: '9人', comparator: 'eq', value_base: 9, reason: 'different_definition' }],
  reported: [], findings: views.map((v) => finding(v, rows)),
};
const regions = ['a', 'b', 'c'].map((id) => ({ region_id: id, name_en: `Place ${id.toUpperCase()}`, name_zh: `${id}地`, short_en: id, short_zh: id }))
const definition = { definition_id: 'driven', name_en: 'Jobs driven', name_zh: '带动就业', base_unit: 'person' as const };

test('each view has a title naming the place highest in that view, and the subtitle says where views disagree', () => {
  const spec = comparisonChart({ comparison, regions, definition }, EN);
  expect(spec.titles?.absolute).toBe('Jobs driven: Place B promised the most');
  expect(spec.titles?.capita_year).toBe('Jobs driven per 10,000 residents per year: Place A promised the most');
  expect(spec.subtitle).toContain('Per 10,000 residents per year, Place A promised the most.');
});

test('a subset of places gets findings of its own rows', () => {
  const spec = comparisonChart({ comparison, regions, definition, places: ['a', 'c'] }, EN);
  expect(spec.titles?.absolute).toBe('Jobs driven: only Place A has a comparable figure');
});

test('comparator and inferred-period keys appear only for marks drawn', () => {
  // The count of figures listed as not compared stands under the chart, beside the list, for the places shown.
  expect(comparisonChart({ comparison, regions, definition }, EN).notes).toEqual(['≥ at least', '* period inferred (dashed outline)', 'One other figure of this family is listed below the chart, not compared.']);
  expect(comparisonChart({ comparison, regions, definition, places: ['a'] }, EN).notes).toEqual([]);
});

test('figures not compared are in the table, marked as not in the chart, with their reason, in the reader’s language', () => {
  const zh = comparisonChart({ comparison, regions, definition }, ZH);
  const listed = zh.rows.filter((r) => r.in_chart === '否');
  expect(listed).toHaveLength(1);
  expect(listed[0]).toMatchObject({ place: 'c地', reason: '统计口径不同' });
  expect(zh.notCompared?.[0]).toMatchObject({ text: 'c地：9人（其他就业）', reason: '统计口径不同' });
});

test('a place without a value in a view is labelled with why, not drawn as zero', () => {
  const without = [rows[0], { ...rows[1], capita: undefined, capita_year: undefined, reasons: { capita: 'no_census_population' as const, capita_year: 'no_census_population' as const } }];
  const spec = comparisonChart({ comparison: { ...comparison, rows: without, findings: views.map((v) => finding(v, without)) }, regions, definition }, EN);
  expect(spec.summary('capita')).toContain('Place B no population with a cited source');
  expect(spec.titles?.capita).toBe('Jobs driven per 10,000 residents: only Place A has a comparable figure');
});
