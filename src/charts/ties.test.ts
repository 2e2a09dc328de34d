// A tie built on purpose in every chart family: the title names every place (or kind) that is level
// at the top, in both languages. Expected names are written out here, not read from the charts.
import { describe, expect, test } from 'vitest';
import type { Comparison, ComparisonRow, Concreteness, CriteriaCounts, SiteData } from '../model/site.ts';
import { finding } from '../model/findings.ts';
import { comparisonChart } from './comparisonChart.ts';
import { concretenessChart, departmentsChart, instrumentsChart, placeScaleChart, regionThemesChart, themeChart, timelineChart } from './catalog.ts';
import { wordsOf } from '../i18n/words.ts';
import { localeOf } from '../i18n/locales.ts';

const LOCALES = [{ s: wordsOf('en'), locale: localeOf('en') }, { s: wordsOf('zh'), locale: localeOf('zh') }];
const NAMES = {
  en: { north: 'North Town', south: 'South County', east: 'East City', west: 'West Bay' },
  zh: { north: '北镇', south: '南县', east: '东市', west: '西湾' },
};
const ids = ['north', 'south', 'east', 'west'] as const;
const regions = ids.map((id, i) => ({
  region_id: id, name_en: NAMES.en[id], name_zh: NAMES.zh[id], short_en: NAMES.en[id], short_zh: NAMES.zh[id], order: i + 1, symbol: 'circle', level: 'county',
  // North and south are level at the top, west alone at the bottom.
  population: id === 'west' ? 1_000 : id === 'east' ? 50_000 : 100_000, population_kind: 'resident', population_year: 2020, population_source_kind: 'none',
}));
const documents = ids.map((id) => ({ doc_id: `d-${id}`, region_id: id, doc_type: id === 'west' ? 'report' : 'plan', period_start: 2016, period_end: id === 'north' ? 2016 : 2020, period_inferred: false }));
const themes = [{ theme_id: 'incubation', name_en: 'Incubators', name_zh: '孵化载体' }, { theme_id: 'training', name_en: 'Training', name_zh: '培训' }];
// Items: north and south have two incubation items each (a tie), east one; north's own themes tie incubation and training.
const measure = (doc: string, n: number, themeIds: string[]) => ({ measure_id: `${doc}-a${n}`, doc_id: doc, item_type: 'action', themes: themeIds, lead_units: [], responsible_units: [], partner_units: [] });
const measures = [
  measure('d-north', 1, ['incubation']), measure('d-north', 2, ['training']), measure('d-north', 3, ['incubation']), measure('d-north', 4, ['training']),
  measure('d-south', 1, ['incubation']), measure('d-south', 2, ['incubation']), measure('d-east', 1, ['incubation']),
];
const group = (items: number, figure: number): CriteriaCounts => ({ items, figures: figure, figure, deadline: 0, lead_unit: 0, responsible_listed: 0, money_sum: 0, money_instrument: 0, result: 0, budget: 0 });
// North 5 of 10, south 10 of 20 (level), east 1 of 10; west is a report with the highest share, never ranked.
const concreteness: Concreteness[] = [
  { doc_id: 'd-north', region_id: 'north', doc_type: 'plan', goal: group(2, 1), action: group(8, 4) },
  { doc_id: 'd-south', region_id: 'south', doc_type: 'plan', goal: group(0, 0), action: group(20, 10) },
  { doc_id: 'd-east', region_id: 'east', doc_type: 'plan', goal: group(0, 0), action: group(10, 1) },
  { doc_id: 'd-west', region_id: 'west', doc_type: 'report', goal: group(0, 0), action: group(10, 9) },
];
const share = (region_id: string, group_: string, items: number, actions: number) => ({ doc_id: `d-${region_id}`, region_id, group: group_, items, actions });
// Money at 60% in north and south (a tie); east leans on services at 60% too, a different kind.
// West, a report, leans more (90%) but is never ranked with the plans.
const instrumentMix = [share('north', 'money', 6, 10), share('south', 'money', 3, 5), share('east', 'services', 3, 5), share('east', 'money', 1, 5), share('west', 'money', 9, 10)];
const departmentKinds = [{ kind: 'finance', region_id: 'north', items: 3 }, { kind: 'tax', region_id: 'south', items: 3 }, { kind: 'education', region_id: 'east', items: 1 }];
const site = { regions, documents, themes, measures, concreteness, instrumentMix, departmentKinds, comparisons: [], definitions: [], metrics: [] } as unknown as SiteData;

describe.each(LOCALES)('every leader of a tie is named ($locale.data)', (w) => {
  const names = NAMES[w.locale.data as 'en' | 'zh'];
  const kindName = (k: 'finance' | 'tax') => w.s.departmentKinds[k];

  test('themes: a theme’s chart names both places with the most items', () => {
    const title = themeChart(site, w, 'incubation').title;
    expect(title).toContain(names.north);
    expect(title).toContain(names.south);
    expect(title).not.toContain(names.east);
  });

  test('themes of one place: both themes with the most items are named', () => {
    const title = regionThemesChart(site, w, 'north')!.title;
    expect(title).toContain(w.locale.data === 'zh' ? '孵化载体' : 'incubators');
    expect(title).toContain(w.locale.data === 'zh' ? '培训' : 'training');
  });

  test('instruments: both places at the top share are named, and the place leaning as much on another kind', () => {
    const title = instrumentsChart(site, w)!.title;
    for (const id of ['north', 'south', 'east'] as const) expect(title).toContain(names[id]);
    expect(title).not.toContain(names.west);
    expect(title).toContain('60%');
  });

  test('departments: both kinds named on the most items', () => {
    const title = departmentsChart(site, w)!.title;
    expect(title).toContain(kindName('finance'));
    expect(title).toContain(kindName('tax'));
  });

  test('concreteness: both plans level on the share of commitments with a figure, and not the report', () => {
    const title = concretenessChart(site, w).title;
    expect(title).toContain(names.north);
    expect(title).toContain(names.south);
    expect(title).not.toContain(names.west);
    expect(title).toContain('50%');
  });

  test('places: both largest places are named', () => {
    const title = placeScaleChart(site, w).title;
    expect(title).toContain(names.north);
    expect(title).toContain(names.south);
    expect(title).toContain(names.west);
  });

  test('periods: the timeline’s title names no single place as a leader', () => {
    const title = timelineChart(site, w).title;
    for (const id of ids) expect(title).not.toContain(names[id]);
  });

  test('comparisons: both places level in a view are named in its title', () => {
    const row = (region_id: string, absolute: number, years: number): ComparisonRow => ({
      definition: 'jobs', metric: 'jobs', region_id, doc_id: `d-${region_id}`, status: 'target', target_id: `t-${region_id}`, value_text: '1', comparator: 'eq', measure: 'new_in_period',
      period_start: 2016, period_end: 2015 + years, years, absolute, per_year: absolute / years, reasons: {},
    });
    // Per year north and south tie (1,000 each); in absolute terms south leads alone.
    const rows = [row('north', 1_000, 1), row('south', 5_000, 5), row('east', 100, 1)];
    const views = ['per_year', 'absolute'] as const;
    const comparison: Comparison = { definition: 'jobs', metric: 'jobs', measure: 'new_in_period', views, rows, notCompared: [], reported: [], findings: views.map((v) => finding(v, rows)) };
    const spec = comparisonChart({ comparison, regions, definition: { definition_id: 'jobs', name_en: 'Jobs', name_zh: '就业', base_unit: 'person' } }, w);
    expect(spec.titles!.per_year).toContain(names.north);
    expect(spec.titles!.per_year).toContain(names.south);
    expect(spec.titles!.absolute).toContain(names.south);
    expect(spec.titles!.absolute).not.toContain(names.north);
    // Every bar says its period.
    expect(spec.summary('per_year')).toContain('2016–2020');
  });
});
