// Every chart of the site: its id, words, tidy rows, and the one function that draws it.
// Pages, embeds, chart CSVs and the compare page's redraw all read from here.
import type { SiteData } from '../model/site.ts';
import { pick, t, type Lang } from '../i18n/strings.ts';
import { comparisonChart } from './comparisonChart.ts';
import type { ChartSpec } from './spec.ts';
import { concretenessDots, concretenessRows, CRITERIA } from './concreteness.ts';
import { timeline } from './timeline.ts';
import { countBars, type CountRow } from './countBars.ts';
import { departmentGrid } from './departmentGrid.ts';
import { PLACE_ORDER } from './palette.ts';

export type { ChartSpec, TableColumn } from './spec.ts';

/** Build-time widths: the narrow one fits a 360 px phone (so it is scaled up, never down), the wide one the page's column. */
export const WIDTHS = [320, 720] as const;

export function charts(site: SiteData, lang: Lang): ChartSpec[] {
  const s = t(lang);
  const regionName = (id: string) => pick(site.regions.find((r) => r.region_id === id)!, 'name', lang);
  const regionShort = (id: string) => pick(site.regions.find((r) => r.region_id === id)!, 'short', lang);
  const definitionOf = (id: string) => {
    const d = site.definitions.find((x) => x.definition_id === id)!;
    return { ...d, base_unit: site.metrics.find((m) => m.metric_id === d.metric_id)!.base_unit };
  };
  const out: ChartSpec[] = [];

  for (const comparison of site.comparisons) {
    out.push(comparisonChart({ comparison, regions: site.regions, definition: definitionOf(comparison.definition) }, lang));
  }

  const concreteRows = concretenessRows(site.concreteness);
  const best = [...site.concreteness].sort((a, b) => b.figure / b.actions - a.figure / a.actions)[0];
  out.push({
    chart_id: 'concreteness',
    title: s.findings.mostConcrete(regionName(best.region_id), Math.round((best.figure / best.actions) * 100)),
    subtitle: s.findings.concretenessSubtitle,
    units: s.shareOfActions,
    source: s.sourceLine,
    views: ['default'],
    legend: site.concreteness.map((c) => ({ region_id: c.region_id, label: regionShort(c.region_id) })),
    plot: (width) => concretenessDots(site.concreteness, { width, lang, placeName: regionName, criterionName: (c) => s.criteria[c], axisLabel: s.shareOfActions }),
    summary: () => site.concreteness.map((c) => `${regionName(c.region_id)}: ${CRITERIA.map((k) => `${s.criteria[k]} ${c[k]}/${c.actions}`).join(', ')}`).join('. ') + '.',
    columns: [{ key: 'place', label: s.place }, { key: 'criterion', label: s.criterion }, { key: 'items', label: s.items, numeric: true }, { key: 'actions', label: s.actionItems, numeric: true }, { key: 'share', label: s.share, numeric: true }],
    rows: concreteRows.map((r) => ({ region_id: r.region_id, place: regionName(r.region_id), criterion: s.criteria[r.criterion], items: r.items, actions: r.actions, share: r.share })),
    page: '',
  });

  const docs = PLACE_ORDER.map((id) => site.documents.find((d) => d.region_id === id)!);
  const periodLabel = (d: (typeof docs)[number]) => `${d.period_start}–${d.period_end}, ${s.docTypes[d.doc_type]}${d.period_inferred ? ` (${s.inferred})` : ''}`;
  out.push({
    chart_id: 'timeline',
    title: s.findings.timeline(Math.min(...docs.map((d) => d.period_start)), Math.max(...docs.map((d) => d.period_end))),
    subtitle: s.findings.timelineSubtitle,
    units: s.years,
    source: s.sourceLine,
    views: ['default'],
    plot: (width) => timeline(docs, { width, placeName: regionName, placeShort: regionShort, label: periodLabel }),
    summary: () => docs.map((d) => `${regionName(d.region_id)}: ${periodLabel(d)}`).join('; ') + '.',
    columns: [{ key: 'place', label: s.place }, { key: 'period_start', label: s.periodStart, numeric: true }, { key: 'period_end', label: s.periodEnd, numeric: true }, { key: 'period_inferred', label: s.inferred }, { key: 'doc_type', label: s.type }],
    // Years are labels, not quantities: kept as text so tables do not print them as 2,016.
    rows: docs.map((d) => ({ region_id: d.region_id, place: regionName(d.region_id), period_start: String(d.period_start), period_end: String(d.period_end), period_inferred: d.period_inferred ? s.yes : s.no, doc_type: s.docTypes[d.doc_type] })),
    page: '',
  });

  for (const doc of docs) {
    const measures = site.measures.filter((m) => m.doc_id === doc.doc_id);
    const rows: CountRow[] = site.themes
      .map((th) => ({ key: th.theme_id, label: pick(th, 'name', lang), count: measures.filter((m) => m.themes[0] === th.theme_id).length }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count);
    if (!rows.length) continue;
    out.push({
      chart_id: `themes-${doc.region_id}`,
      title: s.findings.topTheme(regionName(doc.region_id), rows[0].label),
      subtitle: s.findings.themesSubtitle(measures.length),
      units: s.items,
      source: s.sourceLine,
      views: ['default'],
      plot: (width) => countBars(rows, { width, axisLabel: s.items }),
      summary: () => rows.map((r) => `${r.label} ${r.count}`).join('; ') + '.',
      columns: [{ key: 'theme', label: s.theme }, { key: 'count', label: s.items, numeric: true }],
      rows: rows.map((r) => ({ theme_id: r.key, theme: r.label, count: r.count })),
      page: `regions/${doc.region_id}/`,
    });
  }

  for (const theme of site.themes) {
    const rows: CountRow[] = docs.map((d) => ({
      key: d.region_id, label: regionName(d.region_id), short: regionShort(d.region_id), region_id: d.region_id,
      count: site.measures.filter((m) => m.doc_id === d.doc_id && m.themes.includes(theme.theme_id)).length,
    }));
    const leader = [...rows].sort((a, b) => b.count - a.count)[0];
    out.push({
      chart_id: `theme-${theme.theme_id}`,
      title: s.findings.themeLeader(pick(theme, 'name', lang), leader.label, leader.count),
      subtitle: s.findings.themeSubtitle,
      units: s.items,
      source: s.sourceLine,
      views: ['default'],
      plot: (width) => countBars(rows, { width, axisLabel: s.items, colourOf: 'region' }),
      summary: () => rows.map((r) => `${r.label} ${r.count}`).join('; ') + '.',
      columns: [{ key: 'place', label: s.place }, { key: 'count', label: s.items, numeric: true }],
      rows: rows.map((r) => ({ region_id: r.key, place: r.label, count: r.count })),
      page: `themes/${theme.theme_id}/`,
    });
  }

  const kinds = [...new Set(site.departmentKinds.map((d) => d.kind))].sort(
    (a, b) => site.departmentKinds.filter((d) => d.kind === b).reduce((n, d) => n + d.items, 0) - site.departmentKinds.filter((d) => d.kind === a).reduce((n, d) => n + d.items, 0),
  );
  if (kinds.length) {
    const kindName = (k: string) => s.departmentKinds[k as keyof typeof s.departmentKinds] ?? k;
    out.push({
      chart_id: 'departments',
      title: s.findings.departments(kindName(kinds[0])),
      subtitle: s.findings.departmentsSubtitle,
      units: s.items,
      source: s.sourceLine,
      views: ['default'],
      plot: (width) => departmentGrid(site.departmentKinds, { width, placeName: regionName, placeShort: regionShort, kindName, kinds, regions: PLACE_ORDER }),
      summary: () => kinds.map((k) => `${kindName(k)}: ${site.departmentKinds.filter((d) => d.kind === k).map((d) => `${regionName(d.region_id)} ${d.items}`).join(', ')}`).join('. ') + '.',
      columns: [{ key: 'kind', label: s.kind }, { key: 'place', label: s.place }, { key: 'items', label: s.items, numeric: true }],
      rows: site.departmentKinds.map((d) => ({ kind_id: d.kind, kind: kindName(d.kind), region_id: d.region_id, place: regionName(d.region_id), items: d.items })),
      page: 'departments/',
    });
  }
  return out;
}
