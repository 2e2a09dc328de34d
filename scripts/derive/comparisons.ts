import type { Region, Document, Definition, Target } from '../../src/schema/index.ts';
import { VIEWS_BY_MEASURE, type Comparison, type ComparisonRow, type NotComparedReason, type NotComparedRow, type View } from '../../src/model/site.ts';
import { finding } from '../../src/model/findings.ts';
import { comparableMeasures, isComparableRow, needsPeriod } from './comparable.ts';

const PER_RESIDENTS = 10_000;

/** The population per-resident views divide by: only one whose source is named and cited (a census bulletin, a statistical yearbook, a government page). */
export const citedPopulation = (r: Pick<Region, 'population' | 'population_source_kind'>) => (r.population_source_kind !== 'none' ? r.population : undefined);

/**
 * Why a row of a family is not drawn beside the comparable rows of `definition` measured as
 * `measure`: the first reason that holds, from the most basic difference to the least.
 */
export function notComparedReason(t: Target, definition: string, measure: Target['measure'], byId: ReadonlyMap<string, Target>): NotComparedReason | undefined {
  if (t.definition !== definition) return 'different_definition';
  if (t.per !== undefined && t.measure === 'parameter') return 'per_unit_amount';
  if (t.measure !== measure) return 'different_measure';
  if (t.scope !== 'whole_place') return 'programme_scope';
  const total = t.part_of === undefined ? undefined : byId.get(t.part_of);
  if (total && total.definition === t.definition) return 'part_of_total';
  if (needsPeriod(t.measure) && (t.period_start === undefined || t.period_end === undefined)) return 'period_not_stated';
  if (!t.headline) return 'not_headline';
  return undefined;
}

/**
 * The one set of comparison rules, per comparable definition: a bar for each place's headline
 * target of the whole place with the shared measure; every other figure of the metric family is
 * listed as not compared with its reason; outcomes and budgets travel apart; views follow the
 * measure, and where the drawn figures cover periods of different length the per-year view comes
 * first (it is the default); per-resident views use populations with a cited source only.
 */
export function comparisons(regions: Region[], documents: Document[], definitions: Definition[], targets: Target[]): Comparison[] {
  const byId = new Map(targets.map((t) => [t.target_id, t]));
  const docOf = new Map(documents.map((d) => [d.doc_id, d]));
  const regionOf = (t: Target) => docOf.get(t.doc_id)!.region_id;
  const measures = comparableMeasures(targets, documents);
  const definitionOf = new Map(definitions.map((d) => [d.definition_id, d]));
  const out: Comparison[] = [];
  for (const definition of definitions) {
    const measure = measures.get(definition.definition_id);
    if (!measure || !definition.comparable) continue;
    const offered = VIEWS_BY_MEASURE[measure];
    const family = targets.filter((t) => t.metric === definition.metric_id);
    const promises = family.filter((t) => t.kind === 'target' || t.kind === 'rule');
    const drawn = new Map<string, Target>();
    for (const t of promises) {
      if (t.definition === definition.definition_id && t.measure === measure && isComparableRow(t, byId) && !drawn.has(regionOf(t))) drawn.set(regionOf(t), t);
    }
    const notCompared: NotComparedRow[] = promises
      .filter((t) => ![...drawn.values()].includes(t))
      .map((t) => ({
        region_id: regionOf(t), doc_id: t.doc_id, target_id: t.target_id, definition: t.definition,
        definition_en: definitionOf.get(t.definition)?.name_en ?? t.definition, definition_zh: definitionOf.get(t.definition)?.name_zh ?? t.definition, value_text: t.value_text,
        comparator: t.comparator, value_base: t.value_base, reason: notComparedReason(t, definition.definition_id, measure, byId) ?? 'not_headline',
      }));
    const rows: ComparisonRow[] = regions.map((region) => {
      const doc = documents.find((d) => d.region_id === region.region_id);
      const base = { definition: definition.definition_id, metric: definition.metric_id, region_id: region.region_id, doc_id: doc?.doc_id ?? '' };
      const t = drawn.get(region.region_id);
      if (!t) return { ...base, status: notCompared.some((n) => n.region_id === region.region_id) ? 'not_compared' : 'no_target', reasons: {} };
      const period_start = t.period_start ?? doc!.period_start;
      const period_end = t.period_end ?? doc!.period_end;
      const years = period_end - period_start + 1;
      const population = citedPopulation(region);
      const reasons: ComparisonRow['reasons'] = {};
      const value: Partial<Record<View, number>> = { absolute: t.value_base };
      if (offered.includes('per_year')) value.per_year = t.value_base / years;
      if (offered.includes('capita')) {
        if (population === undefined) reasons.capita = 'no_census_population';
        else value.capita = (t.value_base / population) * PER_RESIDENTS;
      }
      if (offered.includes('capita_year')) {
        if (population === undefined) reasons.capita_year = 'no_census_population';
        else value.capita_year = value.capita! / years;
      }
      return {
        ...base, status: 'target', target_id: t.target_id, value_text: t.value_text, comparator: t.comparator, measure: t.measure,
        period_start, period_end, years, period_inferred: t.period_inferred || (t.period_start === undefined && doc!.period_inferred),
        population, ...(population !== undefined ? { population_source_kind: region.population_source_kind } : {}),
        ...(t.measure_uncertain ? { measure_uncertain: { measure: t.measure_uncertain, en: t.measure_uncertain_en ?? '', zh: t.measure_uncertain_zh ?? '' } } : {}),
        ...value, reasons,
      };
    });
    const reported = family
      .filter((t) => (t.kind === 'outcome' || t.kind === 'budget') && t.per === undefined && t.part_of === undefined)
      .map((t) => ({
        region_id: regionOf(t), target_id: t.target_id, kind: t.kind, value_base: t.value_base, base_unit: t.base_unit, value_text: t.value_text,
        description_en: t.description_en, description_zh: t.description_zh,
      }));
    // A view compares only where two places have a value in it (per resident: two cited populations).
    const valued = offered.filter((v) => v === 'absolute' || rows.filter((r) => r[v] !== undefined).length >= 2);
    // Periods of different length make totals unlike: then the per-year view is the default.
    const lengths = new Set(rows.filter((r) => r.status === 'target').map((r) => r.years));
    const shown = valued.includes('per_year') && lengths.size > 1 ? ['per_year' as const, ...valued.filter((v) => v !== 'per_year')] : valued;
    out.push({
      definition: definition.definition_id, metric: definition.metric_id, measure, views: shown, rows, notCompared, reported,
      findings: shown.map((v) => finding(v, rows)),
    });
  }
  return out;
}
