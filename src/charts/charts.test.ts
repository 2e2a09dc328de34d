// Each chart module alone, on a few synthetic rows: which places it draws and in what order, which
// colour and shape each gets, and what every mark says.
import { describe, expect, test } from 'vitest';
import type { Comparison, ComparisonRow, Concreteness, CriteriaCounts, DepartmentKindCount } from '../model/site.ts';
import { finding } from '../model/findings.ts';
import type { Document } from '../schema/index.ts';
import { renderSvg, type SvgNode } from './render.ts';
import { comparisonBars } from './comparisonBars.ts';
import { comparisonChart } from './comparisonChart.ts';
import { concretenessDots } from './concreteness.ts';
import { timeline } from './timeline.ts';
import { countBars } from './countBars.ts';
import { departmentGrid } from './departmentGrid.ts';
import { placeColourScale, placeSymbolScale } from './palette.ts';
import { symbolPath } from './legendSymbol.ts';
import { localeOf } from '../i18n/locales.ts';
import { wordsOf } from '../i18n/words.ts';

const en = wordsOf('en');
const zh = wordsOf('zh');

const EN = localeOf('en');
const ZH = localeOf('zh');

/** Every aria-label of the marks (labelled shapes inside a labelled group) of a drawing. */
const markLabels = (node: SvgNode, inGroup = false): string[] => {
  if ('text' in node) return [];
  const own = inGroup && node.name !== 'g' && node.attrs['aria-label'] ? [node.attrs['aria-label']] : [];
  return [...own, ...node.children.flatMap((c) => markLabels(c, inGroup || (node.name === 'g' && !!node.attrs['aria-label'])))];
};
const fills = (node: SvgNode): string[] => ('text' in node ? [] : [...(node.attrs.fill ? [node.attrs.fill] : []), ...node.children.flatMap(fills)]);
const draw = (options: Parameters<typeof renderSvg>[0]) => renderSvg(options, { label: 'test', description: 'test' });
const names: Record<string, string> = { north: 'North Town', south: 'South County', east: 'East City' };
const name = (id: string) => names[id];
const short = (id: string) => names[id].split(' ')[0];

describe('palette', () => {
  test('colours follow the given places, each its own CSS variable', () => {
    expect(placeColourScale(['south', 'north'])).toEqual({ type: 'ordinal', domain: ['south', 'north'], range: ['var(--place-south)', 'var(--place-north)'] });
  });
  test('symbols are each place’s own, and every allowed shape has a legend path', () => {
    expect(placeSymbolScale([{ region_id: 'a', symbol: 'wye' }, { region_id: 'b', symbol: 'star' }])).toEqual({ type: 'ordinal', domain: ['a', 'b'], range: ['wye', 'star'] });
    expect(symbolPath('wye')).not.toBe(symbolPath('star'));
    expect(symbolPath('cross')).toMatch(/^M/);
  });
});

describe('comparison bars', () => {
  const rows: ComparisonRow[] = [
    { definition: 'jobs', metric: 'jobs', region_id: 'north', doc_id: 'n', status: 'target', absolute: 1200, capita: 12, capita_year: 4, comparator: 'gte', reasons: {} },
    { definition: 'jobs', metric: 'jobs', region_id: 'south', doc_id: 's', status: 'no_target', reasons: {} },
    { definition: 'jobs', metric: 'jobs', region_id: 'east', doc_id: 'e', status: 'target', absolute: 300, capita: 30, capita_year: 30, period_inferred: true, reasons: {} },
  ];
  const options = (view: 'absolute' | 'capita') => comparisonBars(rows, { width: 720, view, locale: EN, placeName: name, placeShort: short, unitLabel: 'people', missingLabel: () => 'no target', inferredLabel: 'inferred' });

  test('one row per place, in the order given, coloured by place', () => {
    const o = options('absolute');
    expect((o.y as { domain: string[] }).domain).toEqual(['north', 'south', 'east']);
    expect(o.color).toEqual(placeColourScale(['north', 'south', 'east']));
    expect(fills(draw(o))).toEqual(expect.arrayContaining(['var(--place-north)', 'var(--place-east)']));
    expect(fills(draw(o))).not.toContain('var(--place-south)');
  });

  test('each mark names its place and shows the value of the view, its comparator, or why there is none', () => {
    expect(markLabels(draw(options('absolute'))).sort()).toEqual(['East City: 300 (inferred)', 'North Town: ≥ 1,200', 'South County: no target']);
    expect(markLabels(draw(options('capita'))).sort()).toEqual(['East City: 30 (inferred)', 'North Town: ≥ 12', 'South County: no target']);
  });
});

describe('comparison chart words', () => {
  const regions = Object.keys(names).map((id) => ({ region_id: id, name_en: names[id], name_zh: `${short(id)}地`, short_en: short(id), short_zh: short(id) }));
  const definition = { definition_id: 'jobs', name_en: 'Jobs', name_zh: '就业', base_unit: 'person' as const };
  const rows: ComparisonRow[] = [
    { definition: 'jobs', metric: 'jobs', region_id: 'north', doc_id: 'n', status: 'target', absolute: 100, capita: 100, capita_year: 100, reasons: {} },
    { definition: 'jobs', metric: 'jobs', region_id: 'south', doc_id: 's', status: 'target', absolute: 900, capita: 900, capita_year: 900, reasons: {} },
    { definition: 'jobs', metric: 'jobs', region_id: 'east', doc_id: 'e', status: 'no_target', reasons: {} },
  ];
  const views = ['absolute', 'capita', 'capita_year'] as const;
  const comparison: Comparison = { definition: 'jobs', metric: 'jobs', measure: 'new_in_period', views, rows, notCompared: [], reported: [], findings: views.map((v) => finding(v, rows)) };

  test('the title names the place that promised most among the places shown', () => {
    const c = (places?: string[]) => comparisonChart({ comparison, regions, definition, places }, { s: en, locale: EN });
    expect(c().title).toContain('South County');
    expect(c(['north', 'east']).title).toContain('North Town');
    expect(c(['north', 'east']).rows.map((r) => r.region_id)).toEqual(['north', 'east']);
  });

  test('a locale’s words and data language make the whole chart', () => {
    const c = comparisonChart({ comparison, regions, definition }, { s: zh, locale: ZH });
    expect(c.title).toContain('South地');
    expect(c.title).toContain('就业');
    expect(c.rows.find((r) => r.region_id === 'east')!.status).toBe(zh.noTarget);
  });
});

describe('concreteness dots', () => {
  const group = (items: number, figure: number, more: Partial<CriteriaCounts> = {}): CriteriaCounts =>
    ({ items, figures: figure, figure, deadline: 0, lead_unit: 0, responsible_listed: 0, money_sum: 0, money_instrument: 0, result: 0, budget: 0, ...more });
  const rows: Concreteness[] = [
    { doc_id: 'n', region_id: 'north', doc_type: 'plan', goal: group(2, 2, { deadline: 2 }), action: group(10, 5, { deadline: 2, lead_unit: 10 }) },
    // A plan coded from its goals only: no action items, so no share of them.
    { doc_id: 's', region_id: 'south', doc_type: 'plan', goal: group(4, 1, { deadline: 4 }), action: group(0, 0) },
    { doc_id: 'e', region_id: 'east', doc_type: 'report', goal: group(0, 0), action: group(10, 9, { result: 9 }) },
  ];
  const places = [{ region_id: 'north', symbol: 'wye' }, { region_id: 'south', symbol: 'cross' }];
  const o = concretenessDots(rows, { width: 720, places, placeName: name, rowName: (g, c) => `${g}/${c}`.toUpperCase(), noneName: (g) => `no ${g} items`, axisLabel: 'share', locale: EN });
  const dots = (node: SvgNode): string[] => ('text' in node ? [] : [...(node.name === 'path' && node.attrs['aria-label'] ? [node.attrs['aria-label']] : []), ...node.children.flatMap(dots)]);

  test('a dot per plan and row, each place in its colour and its own shape; a report is not drawn', () => {
    expect(o.color).toEqual(placeColourScale(['north', 'south']));
    expect(o.symbol).toEqual(placeSymbolScale(places));
    expect((o.x as { domain: number[] }).domain).toEqual([0, 1]);
    expect(markLabels(draw(o)).some((l) => l.startsWith('East City'))).toBe(false);
  });

  test('each dot says its place, row, share and counts', () => {
    const labels = markLabels(draw(o));
    expect(labels).toContain('North Town, ACTION/FIGURE: 50% (5/10)');
    expect(labels).toContain('South County, GOAL/DEADLINE: 100% (4/4)');
    expect(labels).toContain('North Town, ACTION/MONEY_SUM: 0% (0/10)');
  });

  test('zero of zero is “no action items”, never a dot at 0%', () => {
    const labels = markLabels(draw(o));
    expect(labels).toContain('South County, ACTION/FIGURE: no action items');
    expect(labels.filter((l) => l.startsWith('South County, ACTION/')).every((l) => l.endsWith('no action items'))).toBe(true);
    expect(labels.some((l) => /^South County, ACTION\/.*0%/.test(l))).toBe(false);
    expect(dots(draw(o)).filter((l) => l.startsWith('South County, ACTION/'))).toEqual([]);
    // The dots are found: the check is not empty by construction.
    expect(dots(draw(o)).filter((l) => l.startsWith('North Town, ACTION/'))).toHaveLength(6);
  });
});

describe('timeline', () => {
  const docs = [
    { doc_id: 'n', region_id: 'north', period_start: 2016, period_end: 2016, period_inferred: false },
    { doc_id: 's', region_id: 'south', period_start: 2018, period_end: 2022, period_inferred: true },
  ] as Document[];
  const o = timeline(docs, { width: 720, placeName: name, placeShort: short, label: (d) => `${d.period_start}–${d.period_end}`, locale: EN });

  test('years run from the first start to the end of the last year, a row per document in order', () => {
    expect((o.x as { domain: number[] }).domain).toEqual([2016, 2023]);
    expect((o.y as { domain: string[] }).domain).toEqual(['north', 'south']);
    expect(o.color).toEqual(placeColourScale(['north', 'south']));
  });

  test('each bar names its place and period', () => {
    expect(markLabels(draw(o))).toEqual(['North Town: 2016–2016', 'South County: 2018–2022']);
  });

  test('an inferred period has a dashed outline, not only a lighter fill', () => {
    const dashed = (node: SvgNode): SvgNode[] => ('text' in node ? [] : [...(node.attrs['stroke-dasharray'] ? [node] : []), ...node.children.flatMap(dashed)]);
    const outlines = dashed(draw(o)).flatMap((g) => ('text' in g ? [] : g.name === 'rect' ? [g] : g.children.filter((c) => !('text' in c) && c.name === 'rect')));
    expect(outlines).toHaveLength(1);
  });
});

describe('count bars', () => {
  test('bars by place take the place colours; other bars the accent', () => {
    const byPlace = countBars([{ key: 'north', label: 'North Town', count: 3, region_id: 'north' }, { key: 'east', label: 'East City', count: 0, region_id: 'east' }], { width: 360, axisLabel: 'items', colourOf: 'region', locale: EN });
    expect(byPlace.color).toEqual(placeColourScale(['north', 'east']));
    expect(markLabels(draw(byPlace))).toEqual(['North Town: 3', 'East City: 0']);
    const byTheme = countBars([{ key: 'tax', label: 'Tax', count: 7 }], { width: 360, axisLabel: 'items', locale: EN });
    expect(fills(draw(byTheme))).toContain('var(--accent)');
    expect(markLabels(draw(byTheme))).toEqual(['Tax: 7']);
  });
});

describe('department grid', () => {
  test('a cell per kind and place, places in the order given, each cell printing its count', () => {
    const rows: DepartmentKindCount[] = [{ kind: 'finance', region_id: 'south', items: 2 }, { kind: 'tax', region_id: 'north', items: 5 }];
    const o = departmentGrid(rows, { width: 720, placeShort: short, kindName: (k) => k.toUpperCase(), kinds: ['tax', 'finance'], regions: ['north', 'south'] });
    expect((o.x as { domain: string[] }).domain).toEqual(['north', 'south']);
    expect((o.y as { domain: string[] }).domain).toEqual(['tax', 'finance']);
    expect((o.color as { domain: number[] }).domain).toEqual([0, 5]);
    const texts = (node: SvgNode): string[] => ('text' in node ? [node.text] : node.children.flatMap(texts));
    const printed = (node: SvgNode): SvgNode[] => ('text' in node ? [] : node.attrs['aria-label'] === 'text' ? [node] : node.children.flatMap(printed));
    expect(printed(draw(o)).flatMap(texts).sort()).toEqual(['2', '5']);
  });
});
