// Every chart of the site: its id, words, tidy rows, and the one function that draws it. Each family
// is its own function, so a page builds only the charts it shows; charts() lists them all for
// embeds, chart CSVs and the data page. The compare page's redraw uses comparisonChart directly.
import type { SiteData } from '../model/site.ts';
import { pick } from '../i18n/locales.ts';
import { comparisonChart } from './comparisonChart.ts';
import type { ChartSpec, ChartWords } from './spec.ts';
import { concretenessDots, concretenessRows, plansOf } from './concreteness.ts';
import { lastBy, leadersBy } from './leaders.ts';
import { timeline } from './timeline.ts';
import { countBars, type CountRow } from './countBars.ts';
import { departmentGrid } from './departmentGrid.ts';
import { placeScale } from './placeScale.ts';
import { shareDots, share } from './shareDots.ts';
import { INSTRUMENT_GROUPS } from '../schema/vocabulary.ts';
import { formatNumber, typeset } from './format.ts';
import { listOf, midSentence } from '../i18n/sentences.ts';

export type { ChartSpec, ChartWords, TableColumn } from './spec.ts';

/** Build-time widths: the narrow one fits a 360 px phone (so it is scaled up, never down), the wide one the page's column. */
export const WIDTHS = [320, 720] as const;

/** Names and documents every family needs, in the places' order. */
function names(site: SiteData, { locale }: ChartWords) {
  const region = (id: string) => site.regions.find((r) => r.region_id === id)!;
  return {
    regionName: (id: string) => pick(region(id), 'name', locale.data),
    regionShort: (id: string) => pick(region(id), 'short', locale.data),
    docs: site.regions.map((r) => site.documents.find((d) => d.region_id === r.region_id)!),
  };
}

/** A comparable definition with the unit its metric counts in: what a comparison chart needs of it. */
export const definitionWithUnit = (site: Pick<SiteData, 'definitions' | 'metrics'>, id: string) => {
  const d = site.definitions.find((x) => x.definition_id === id)!;
  return { ...d, base_unit: site.metrics.find((m) => m.metric_id === d.metric_id)!.base_unit };
};

export const comparisonCharts = (site: SiteData, w: ChartWords): ChartSpec[] =>
  site.comparisons.map((comparison) => comparisonChart({ comparison, regions: site.regions, definition: definitionWithUnit(site, comparison.definition) }, w));

/** Why these places and how they differ: each place by administrative level and population. */
export function placeScaleChart(site: SiteData, w: ChartWords): ChartSpec {
  const { s, locale } = w;
  const { regionName, regionShort } = names(site, w);
  const rows = site.regions.map((r) => ({ region_id: r.region_id, symbol: r.symbol, population: r.population, level: r.level }));
  const large = leadersBy(site.regions, (r) => r.population);
  const small = lastBy(site.regions, (r) => r.population);
  const fmt = (v: number) => formatNumber(v, locale);
  const region = (id: string) => site.regions.find((r) => r.region_id === id)!;
  const label = (p: { region_id: string; population: number; level: string }) =>
    typeset(`${regionName(p.region_id)}: ${fmt(p.population)} (${s.levels[p.level as keyof typeof s.levels]}; ${s.populationKinds[region(p.region_id).population_kind]}, ${region(p.region_id).population_year})`, locale);
  return {
    chart_id: 'places-scale',
    title: s.findings.placeScale({ large: listOf(large.map((r) => regionName(r.region_id)), s), leaders: large.length, small: listOf(small.map((r) => regionName(r.region_id)), s), ratio: Math.round(large[0].population / small[0].population) }),
    subtitle: s.findings.placeScaleSubtitle,
    howToRead: s.howToRead.placeScale,
    units: s.placeTable.population,
    source: s.placeTable.source,
    views: ['default'],
    legend: rows.map((p) => ({ region_id: p.region_id, symbol: p.symbol, label: regionShort(p.region_id) })),
    plot: (width) => placeScale(rows, { width, locale, placeShort: regionShort, label, levelName: (l) => s.levels[l as keyof typeof s.levels], axisLabel: s.findings.populationAxis }),
    summary: () => typeset(`${rows.map(label).join('; ')}.`, locale),
    columns: [
      { key: 'place', label: s.place }, { key: 'level', label: s.placeTable.level }, { key: 'population', label: s.placeTable.population, numeric: true },
      { key: 'kind', label: s.placeTable.kind }, { key: 'year', label: s.placeTable.year }, { key: 'verified', label: s.placeTable.verified },
    ],
    rows: site.regions.map((r) => ({
      region_id: r.region_id, place: regionName(r.region_id), level: s.levels[r.level], population: r.population,
      kind: s.populationKinds[r.population_kind], year: String(r.population_year), verified: s.populationSourceKinds[r.population_source_kind],
    })),
    page: '',
  };
}

/** Which kinds of help each place relies on: the share of its action items using each kind of instrument. */
export function instrumentsChart(site: SiteData, w: ChartWords): ChartSpec | undefined {
  const { s, locale } = w;
  const { regionName, regionShort } = names(site, w);
  const rows = site.instrumentMix.filter((r) => r.actions > 0).map((r) => ({ ...r, category: r.group }));
  if (rows.length === 0) return undefined;
  const groupName = (g: string) => s.instrumentGroups[g as keyof typeof s.instrumentGroups];
  // Every place and kind of help tied at the top share is named; where the kinds differ, each place says its own.
  // A report of results is never ranked with the plans: the title's leader is a plan's.
  const plans = new Set(site.documents.filter((d) => d.doc_type === 'plan').map((d) => d.doc_id));
  const top = leadersBy(rows.filter((r) => plans.has(r.doc_id)), (r) => share(r) ?? 0);
  if (top.length === 0) return undefined;
  const topPlaceIds = [...new Set(top.map((r) => r.region_id))];
  const topGroups = [...new Set(top.map((r) => r.group))];
  const groupsOf = (id: string) => listOf(top.filter((r) => r.region_id === id).map((r) => groupName(r.group)), s);
  const topNames = topPlaceIds.map((id) => (topGroups.length === 1 ? regionName(id) : typeset(`${regionName(id)} (${groupsOf(id)})`, locale)));
  const places = [...new Set(rows.map((r) => r.region_id))].map((id) => ({ region_id: id, symbol: site.regions.find((r) => r.region_id === id)!.symbol }));
  return {
    chart_id: 'instruments',
    title: s.findings.instrumentLead({ places: listOf(topNames, s), leaders: topPlaceIds.length, group: topGroups.length === 1 ? groupName(topGroups[0]) : s.findings.instrumentNamed, pct: Math.round((share(top[0]) ?? 0) * 100) }),
    subtitle: s.findings.instrumentSubtitle,
    howToRead: s.howToRead.instruments,
    units: s.shareOfActions,
    source: s.sourceLine({ documents: places.length }),
    views: ['default'],
    legend: places.map((p) => ({ ...p, label: regionShort(p.region_id) })),
    plot: (width) => shareDots(rows, { width, categories: INSTRUMENT_GROUPS, places, placeName: regionName, categoryName: groupName, axisLabel: s.findings.instrumentAxis, locale }),
    summary: () => typeset(places.map((p) => `${regionName(p.region_id)}: ${rows.filter((r) => r.region_id === p.region_id).map((r) => `${groupName(r.group)} ${r.items}/${r.actions}`).join(', ')}`).join('. ') + '.', locale),
    columns: [{ key: 'place', label: s.place }, { key: 'group', label: s.criterion }, { key: 'items', label: s.items, numeric: true }, { key: 'actions', label: s.actionItems, numeric: true }, { key: 'share', label: s.share, numeric: true }],
    rows: rows.map((r) => ({ region_id: r.region_id, place: regionName(r.region_id), group: groupName(r.group), items: r.items, actions: r.actions, share: share(r)! })),
    page: '',
  };
}

export function concretenessChart(site: SiteData, w: ChartWords): ChartSpec {
  const { s, locale } = w;
  const { regionName, regionShort } = names(site, w);
  const c = s.concreteness;
  const plans = plansOf(site.concreteness);
  const concreteRows = concretenessRows(site.concreteness);
  const commitments = (p: (typeof plans)[number]) => ({ count: p.goal.figure + p.action.figure, of: p.goal.items + p.action.items });
  const counted = plans.filter((p) => commitments(p).of > 0);
  const best = leadersBy(counted, (p) => commitments(p).count / commitments(p).of);
  const places = plans.map((p) => ({ region_id: p.region_id, symbol: site.regions.find((r) => r.region_id === p.region_id)!.symbol }));
  const reports = site.concreteness.filter((r) => r.doc_type === 'report');
  const rowName = (group: 'goal' | 'action', criterion: keyof typeof c.criteria) => c.row({ group: c.groups[group], criterion: c.criteria[criterion] });
  return {
    chart_id: 'concreteness',
    title: best.length
      ? s.findings.mostConcrete({ places: listOf(best.map((p) => regionName(p.region_id)), s), leaders: best.length, pct: Math.round((commitments(best[0]).count / commitments(best[0]).of) * 100), of: counted.length })
      : c.none.action,
    subtitle: c.subtitle,
    howToRead: s.howToRead.concreteness,
    notes: [...reports.map((r) => typeset(c.reportApart({ place: regionName(r.region_id), results: r.goal.result + r.action.result, budgets: r.goal.budget + r.action.budget, of: r.goal.items + r.action.items }), locale))],
    units: c.axis,
    source: s.sourceLine({ documents: plans.length }),
    views: ['default'],
    legend: places.map((p) => ({ ...p, label: regionShort(p.region_id) })),
    plot: (width) => concretenessDots(site.concreteness, { width, places, placeName: regionName, rowName, noneName: (g) => c.none[g], axisLabel: c.axis, locale }),
    // Each plan once, each group once: the same counts as the table, without repeating the group on every criterion.
    summary: () => typeset(plans.map((p) => `${regionName(p.region_id)}: ${(['goal', 'action'] as const).map((g) => { const own = concreteRows.filter((r) => r.doc_id === p.doc_id && r.group === g); return `${c.groups[g]} (${own[0]?.of ? own.map((r) => `${c.criteria[r.criterion]} ${r.items}/${r.of}`).join(', ') : c.none[g]})`; }).join('; ')}`).join('. ') + '.', locale),
    columns: [
      { key: 'place', label: s.place }, { key: 'criterion', label: s.criterion },
      { key: 'items', label: c.meeting, numeric: true }, { key: 'of', label: c.of, numeric: true }, { key: 'share', label: s.share, numeric: true },
    ],
    // Zero of zero has no share: the cell says there is nothing to count (“no action items”), not 0.
    rows: concreteRows.map((r) => ({
      region_id: r.region_id, place: regionName(r.region_id), criterion: rowName(r.group, r.criterion), items: r.items, of: r.of,
      share: r.of ? r.items / r.of : c.none[r.group],
    })),
    page: '',
  };
}

export function timelineChart(site: SiteData, w: ChartWords): ChartSpec {
  const { s, locale } = w;
  const { regionName, regionShort, docs } = names(site, w);
  const periodLabel = (d: (typeof docs)[number]) => `${d.period_start}–${d.period_end}, ${s.docTypes[d.doc_type]}${d.period_inferred ? ` (${s.inferred})` : ''}`;
  const lengths = docs.map((d) => d.period_end - d.period_start + 1);
  return {
    chart_id: 'timeline',
    title: s.findings.timeline({ documents: docs.length, from: String(Math.min(...docs.map((d) => d.period_start))), to: String(Math.max(...docs.map((d) => d.period_end))), shortest: Math.min(...lengths), longest: Math.max(...lengths), same: Math.min(...lengths) === Math.max(...lengths) ? 'yes' : 'no' }),
    subtitle: s.findings.timelineSubtitle,
    howToRead: s.howToRead.timeline,
    notes: docs.some((d) => d.period_inferred) ? [s.inferredKey] : [],
    units: s.years,
    source: s.sourceLine({ documents: docs.length }),
    views: ['default'],
    plot: (width) => timeline(docs, { width, placeName: regionName, placeShort: regionShort, label: periodLabel, locale }),
    summary: () => typeset(docs.map((d) => `${regionName(d.region_id)}: ${periodLabel(d)}`).join('; ') + '.', locale),
    columns: [{ key: 'place', label: s.place }, { key: 'period_start', label: s.periodStart, numeric: true }, { key: 'period_end', label: s.periodEnd, numeric: true }, { key: 'period_inferred', label: s.inferred }, { key: 'doc_type', label: s.type }],
    // Years are labels, not quantities: kept as text so tables do not print them as 2,016.
    rows: docs.map((d) => ({ region_id: d.region_id, place: regionName(d.region_id), period_start: String(d.period_start), period_end: String(d.period_end), period_inferred: d.period_inferred ? s.yes : s.no, doc_type: s.docTypes[d.doc_type] })),
    page: '',
  };
}

/** The items of one place's document per primary theme; none when the document has no items. */
export function regionThemesChart(site: SiteData, w: ChartWords, regionId: string): ChartSpec | undefined {
  const { s, locale } = w;
  const { regionName } = names(site, w);
  const doc = site.documents.find((d) => d.region_id === regionId)!;
  const measures = site.measures.filter((m) => m.doc_id === doc.doc_id);
  const rows: CountRow[] = site.themes
    .map((th) => ({ key: th.theme_id, label: pick(th, 'name', locale.data), count: measures.filter((m) => m.themes[0] === th.theme_id).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
  if (!rows.length) return undefined;
  return {
    chart_id: `themes-${regionId}`,
    title: s.findings.topTheme({ place: regionName(regionId), theme: midSentence(listOf(leadersBy(rows, (r) => r.count).map((r) => r.label), s), locale) }),
    subtitle: s.findings.themesSubtitle({ n: measures.length }),
    howToRead: s.howToRead.regionThemes,
    units: s.items,
    source: s.sourceLine({ documents: 1 }),
    views: ['default'],
    plot: (width) => countBars(rows, { width, axisLabel: s.items, locale }),
    summary: () => typeset(rows.map((r) => `${r.label} ${r.count}`).join('; ') + '.', locale),
    columns: [{ key: 'theme', label: s.theme }, { key: 'count', label: s.items, numeric: true }],
    rows: rows.map((r) => ({ theme_id: r.key, theme: r.label, count: r.count })),
    page: `regions/${regionId}/`,
  };
}

/** How many items of each place touch one theme. */
export function themeChart(site: SiteData, w: ChartWords, themeId: string): ChartSpec {
  const { s, locale } = w;
  const { regionName, regionShort, docs } = names(site, w);
  const theme = site.themes.find((t) => t.theme_id === themeId)!;
  const rows: CountRow[] = docs.map((d) => ({
    key: d.region_id, label: regionName(d.region_id), short: regionShort(d.region_id), region_id: d.region_id,
    count: site.measures.filter((m) => m.doc_id === d.doc_id && m.themes.includes(themeId)).length,
  }));
  const leaders = leadersBy(rows, (r) => r.count);
  return {
    chart_id: `theme-${themeId}`,
    title: s.findings.themeLeader({ theme: pick(theme, 'name', locale.data), places: listOf(leaders.map((r) => r.label), s), leaders: leaders.length, n: leaders[0].count }),
    subtitle: s.findings.themeSubtitle,
    howToRead: s.howToRead.theme,
    units: s.items,
    source: s.sourceLine({ documents: docs.length }),
    views: ['default'],
    plot: (width) => countBars(rows, { width, axisLabel: s.items, colourOf: 'region', locale }),
    summary: () => typeset(rows.map((r) => `${r.label} ${r.count}`).join('; ') + '.', locale),
    columns: [{ key: 'place', label: s.place }, { key: 'count', label: s.items, numeric: true }],
    rows: rows.map((r) => ({ region_id: r.key, place: r.label, count: r.count })),
    page: `themes/${themeId}/`,
  };
}

/** Items per kind of responsible unit and place; none when no document names a unit. */
export function departmentsChart(site: SiteData, w: ChartWords): ChartSpec | undefined {
  const { s, locale } = w;
  const { regionName, regionShort, docs } = names(site, w);
  const total = (k: string) => site.departmentKinds.filter((d) => d.kind === k).reduce((n, d) => n + d.items, 0);
  const kinds = [...new Set(site.departmentKinds.map((d) => d.kind))].sort((a, b) => total(b) - total(a));
  if (!kinds.length) return undefined;
  const kindName = (k: string) => s.departmentKinds[k as keyof typeof s.departmentKinds] ?? k;
  return {
    chart_id: 'departments',
    title: s.findings.departments({ kind: listOf(leadersBy(kinds, total).map(kindName), s), leaders: leadersBy(kinds, total).length }),
    subtitle: s.findings.departmentsSubtitle,
    howToRead: s.howToRead.departments,
    units: s.items,
    source: s.sourceLine({ documents: docs.length }),
    views: ['default'],
    plot: (width) => departmentGrid(site.departmentKinds, { width, placeShort: regionShort, kindName, kinds, regions: site.regions.map((r) => r.region_id) }),
    summary: () => typeset(kinds.map((k) => `${kindName(k)}: ${site.departmentKinds.filter((d) => d.kind === k).map((d) => `${regionName(d.region_id)} ${d.items}`).join(', ')}`).join('. ') + '.', locale),
    columns: [{ key: 'kind', label: s.kind }, { key: 'place', label: s.place }, { key: 'items', label: s.items, numeric: true }],
    rows: site.departmentKinds.map((d) => ({ kind_id: d.kind, kind: kindName(d.kind), region_id: d.region_id, place: regionName(d.region_id), items: d.items })),
    page: 'departments/',
  };
}

/** A chart's family: the part of its id before the first hyphen (compare-jobs → compare, themes-putuo → themes). */
export const chartFamily = (chartId: string) => chartId.split('-')[0];

/** Every chart, in the order the data page lists them. */
export function charts(site: SiteData, w: ChartWords): ChartSpec[] {
  return [
    ...comparisonCharts(site, w),
    placeScaleChart(site, w),
    concretenessChart(site, w),
    ...[instrumentsChart(site, w)].filter((c) => c !== undefined),
    timelineChart(site, w),
    ...site.regions.flatMap((r) => regionThemesChart(site, w, r.region_id) ?? []),
    ...site.themes.map((th) => themeChart(site, w, th.theme_id)),
    ...[departmentsChart(site, w)].filter((c) => c !== undefined),
  ];
}
