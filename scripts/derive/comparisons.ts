import type { Region, Document, Metric, Target } from '../../src/schema/index.ts';
import type { Comparison, ComparisonRow } from '../../src/model/site.ts';

const PER_RESIDENTS = 10_000;

/** Years a figure covers, inclusive; undefined when the figure has no period. */
export const yearsCovered = (t: Pick<Target, 'period_start' | 'period_end'>) =>
  t.period_start !== undefined && t.period_end !== undefined ? t.period_end - t.period_start + 1 : undefined;

/**
 * The one set of comparison rules: headline `target` rows of comparable metrics, one row per
 * place (an explicit no_target where a place has none), shown when two places have a target.
 * `per` amounts and `part_of` rows are never drawn; only `total` rows are divided by years.
 */
export function comparisons(regions: Region[], documents: Document[], metrics: Metric[], targets: Target[]): Comparison[] {
  const out: Comparison[] = [];
  for (const metric of metrics.filter((m) => m.comparable)) {
    const drawn = targets.filter((t) => t.metric === metric.metric_id && t.kind === 'target' && t.headline && t.per === undefined && t.part_of === undefined);
    const rows: ComparisonRow[] = regions.map((region) => {
      const doc = documents.find((d) => d.region_id === region.region_id)!;
      const t = drawn.find((x) => x.doc_id === doc.doc_id);
      if (!t) {
        const several = targets.some((x) => x.doc_id === doc.doc_id && x.metric === metric.metric_id && x.kind === 'target' && x.per === undefined);
        return { metric: metric.metric_id, region_id: region.region_id, doc_id: doc.doc_id, status: several ? 'no_total' : 'no_target' };
      }
      const years = yearsCovered(t) ?? doc.period_end - doc.period_start + 1;
      const capita = (t.value_base / region.population) * PER_RESIDENTS;
      return {
        metric: metric.metric_id, region_id: region.region_id, doc_id: doc.doc_id, status: 'target',
        target_id: t.target_id, value_text: t.value_text, comparator: t.comparator, basis: t.basis,
        period_start: t.period_start ?? doc.period_start, period_end: t.period_end ?? doc.period_end, years,
        period_inferred: t.period_inferred || (t.period_start === undefined && doc.period_inferred),
        absolute: t.value_base,
        capita,
        capita_year: t.basis === 'total' ? capita / years : capita,
      };
    });
    if (rows.filter((r) => r.status === 'target').length < 2) continue;
    const reported = targets
      .filter((t) => t.metric === metric.metric_id && (t.kind === 'outcome' || t.kind === 'budget') && t.per === undefined && t.part_of === undefined)
      .map((t) => ({ region_id: documents.find((d) => d.doc_id === t.doc_id)!.region_id, target_id: t.target_id, kind: t.kind, value_base: t.value_base, value_text: t.value_text }));
    out.push({ metric: metric.metric_id, rows, reported });
  }
  return out;
}
