// The comparison of one metric across places: words, table rows and drawing. Takes only what the
// compare page's script also has, so the page and the browser build the same chart.
import type { Comparison, View } from '../model/site.ts';
import { VIEWS } from '../model/site.ts';
import type { Region, Metric } from '../schema/index.ts';
import { pick } from '../i18n/locales.ts';
import { comparisonBars, comparisonBarRows } from './comparisonBars.ts';
import { COMPARATOR_SIGN, formatNumber } from './format.ts';
import type { ChartSpec, ChartWords } from './spec.ts';

export interface ComparisonInput {
  comparison: Comparison;
  regions: Pick<Region, 'region_id' | 'name_en' | 'name_zh' | 'short_en' | 'short_zh' | 'population' | 'population_year' | 'population_kind'>[];
  metric: Pick<Metric, 'metric_id' | 'name_en' | 'name_zh' | 'base_unit'>;
  /** Places to show, in order; all by default. */
  places?: readonly string[];
}

export function comparisonChart({ comparison, regions, metric, places }: ComparisonInput, { s, locale }: ChartWords): ChartSpec {
  const lang = locale.data;
  const fmt = (v: number) => formatNumber(v, locale.intl);
  const regionName = (id: string) => pick(regions.find((r) => r.region_id === id)!, 'name', lang);
  const regionShort = (id: string) => pick(regions.find((r) => r.region_id === id)!, 'short', lang);
  const rows = places ? comparison.rows.filter((r) => places.includes(r.region_id)) : comparison.rows;
  const metricName = pick(metric, 'name', lang);
  const targetRows = rows.filter((r) => r.status === 'target');
  const top = [...targetRows].sort((a, b) => b.absolute! - a.absolute!)[0];
  const unit = s.baseUnits[metric.base_unit as keyof typeof s.baseUnits] ?? metric.base_unit;
  const unitFor = (view: View) => (view === 'absolute' ? unit : `${unit} ${view === 'capita' ? s.perTenThousand : s.perTenThousandYear}`);
  return {
    chart_id: `compare-${comparison.metric}`,
    title: top ? s.findings.mostPromised(metricName, regionName(top.region_id)) : metricName,
    subtitle: `${s.findings.comparisonSubtitle(targetRows.length, rows.filter((r) => r.status === 'no_target').length)}${rows.some((r) => r.status === 'no_total') ? ` ${s.noTotalNote}` : ''}${targetRows.some((r) => r.period_inferred) ? ` ${s.inferredShort}.` : ''}`,
    units: unit,
    source: s.sourceLine(new Set(comparison.rows.map((r) => r.doc_id)).size),
    views: VIEWS,
    plot: (width, view) => comparisonBars(rows, { width, view: view as View, intl: locale.intl, placeName: regionName, placeShort: regionShort, unitLabel: unitFor(view as View), noTargetLabel: s.noTarget, noTotalLabel: s.noTotal, inferredLabel: s.inferred }),
    summary: (view) => {
      const v = view as View;
      const parts = comparisonBarRows(rows, v).map((r) => `${regionName(r.region_id)} ${r.value === undefined ? (r.status === 'no_total' ? s.noTotal : s.noTarget) : `${COMPARATOR_SIGN[r.comparator ?? 'eq']}${fmt(r.value)}`}`);
      return `${metricName} (${s.views[v]}, ${unitFor(v)}): ${parts.join('; ')}.`;
    },
    columns: [
      { key: 'place', label: s.place }, { key: 'status', label: s.kind }, { key: 'value_text', label: s.asWritten },
      { key: 'comparator', label: s.comparator }, { key: 'basis', label: s.basis }, { key: 'period', label: s.period },
      { key: 'absolute', label: s.views.absolute, numeric: true }, { key: 'capita', label: s.views.capita, numeric: true }, { key: 'capita_year', label: s.views.capita_year, numeric: true },
      { key: 'population', label: s.population },
    ],
    rows: rows.map((r) => {
      const region = regions.find((x) => x.region_id === r.region_id)!;
      return {
        region_id: r.region_id, place: regionName(r.region_id), status: r.status === 'target' ? s.kinds.target : r.status === 'no_total' ? s.noTotal : s.noTarget,
        target_id: r.target_id ?? '', value_text: r.value_text ?? '', comparator: r.comparator ?? '', basis: r.basis ? s.bases[r.basis] : '',
        period: r.period_start !== undefined ? `${r.period_start}–${r.period_end}${r.period_inferred ? ` (${s.inferredTag})` : ''}` : '',
        absolute: r.absolute ?? '', capita: r.capita ?? '', capita_year: r.capita_year ?? '',
        population: `${fmt(region.population)} (${region.population_year}, ${s.populationKinds[region.population_kind]})`,
      };
    }),
    page: `compare/?metric=${comparison.metric}`,
  };
}
