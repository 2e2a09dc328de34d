// The comparison of one definition across places: words, table rows and drawing. Takes only what
// the compare page's script also has, so the page and the browser build the same chart.
import type { Comparison, ComparisonRow, Finding, View } from '../model/site.ts';
import { SIMILAR_RATIO } from '../model/site.ts';
import { finding } from '../model/findings.ts';
import type { Region, Definition, Metric } from '../schema/index.ts';
import { pick } from '../i18n/locales.ts';
import { comparisonBars, comparisonBarRows, UNCERTAIN_MARK } from './comparisonBars.ts';
import { COMPARATOR_SIGN, formatNumber, typeset } from './format.ts';
import type { ChartSpec, ChartWords } from './spec.ts';
import { listOf } from '../i18n/sentences.ts';

export interface ComparisonInput {
  comparison: Comparison;
  regions: Pick<Region, 'region_id' | 'name_en' | 'name_zh' | 'short_en' | 'short_zh'>[];
  definition: Pick<Definition, 'definition_id' | 'name_en' | 'name_zh'> & Pick<Metric, 'base_unit'>;
  /** Places to show, in order; all by default. */
  places?: readonly string[];
}

/** The words of a finding: the title a view's chart carries. */
export function findingTitle(f: Finding, what: string, placeName: (id: string) => string, words: ChartWords['s']): string {
  const s = words.findings;
  const list = listOf(f.leaders.map(placeName), words);
  if (f.qualifier === 'none') return s.noneComparable({ what });
  if (f.qualifier === 'only_one') return s.onlyOne({ what, place: list });
  if (f.qualifier === 'similar') return s.similar({ what });
  return s.mostPromised({ what, places: list });
}

export function comparisonChart({ comparison, regions, definition, places }: ComparisonInput, { s, locale }: ChartWords): ChartSpec {
  const lang = locale.data;
  const fmt = (v: number) => formatNumber(v, locale);
  const set = (text: string) => typeset(text, locale);
  const regionName = (id: string) => pick(regions.find((r) => r.region_id === id)!, 'name', lang);
  const regionShort = (id: string) => pick(regions.find((r) => r.region_id === id)!, 'short', lang);
  const shown = (id: string) => !places || places.includes(id);
  const rows = comparison.rows.filter((r) => shown(r.region_id));
  const notCompared = comparison.notCompared.filter((r) => shown(r.region_id));
  const what = pick(definition, 'name', lang);
  const findings = places ? comparison.views.map((v) => finding(v, rows)) : comparison.findings;
  const [first, ...others] = findings;
  const drawn = rows.filter((r) => r.status === 'target');
  const unit = s.baseUnits[definition.base_unit as keyof typeof s.baseUnits] ?? definition.base_unit;
  const unitFor = (view: View) => (view === 'absolute' ? unit : s.unitPer({ unit, per: view === 'per_year' ? s.perYear : view === 'capita' ? s.perTenThousand : s.perTenThousandYear }));
  // Every bar says the period its figure covers; the subtitle names each drawn place's years, so the absolute view states them too.
  const periodOf = (r: ComparisonRow) => (r.period_start === undefined ? '' : r.period_start === r.period_end ? String(r.period_start) : `${r.period_start}–${r.period_end}`);
  const periods = drawn.map((r) => s.findings.periodOf({ place: regionShort(r.region_id), period: periodOf(r) }));
  const uncertain = drawn.filter((r) => r.measure_uncertain);
  const uncertainNote = (r: ComparisonRow) => s.findings.uncertainMeasure({ place: regionName(r.region_id), measure: s.measures[r.measure_uncertain!.measure], zh: r.measure_uncertain!.zh, en: r.measure_uncertain!.en });
  const sameLeaders = (f: Finding) => f.qualifier === first.qualifier && f.leaders.join() === first.leaders.join();
  const disagreements = others.filter((f) => !sameLeaders(f) && f.qualifier !== 'none').map((f) =>
    f.qualifier === 'similar' ? s.findings.viewSimilar({ view: s.views[f.view] }) : s.findings.viewLeader({ view: s.views[f.view], places: listOf(f.leaders.map(regionName), s) }));
  const rowLabel = (r: (typeof rows)[number], view: View) =>
    r.status === 'no_target' ? s.noTarget : r.status === 'not_compared' ? s.notCompared : r[view] === undefined ? s.reasons[r.reasons[view] ?? 'no_census_population'] : undefined;
  const titles = Object.fromEntries(findings.map((f) => [f.view, findingTitle(f, `${what}${s.viewPhrase[f.view]}`, regionName, s)]));
  const comparators = [...new Set(drawn.map((r) => r.comparator).filter((c): c is keyof typeof s.comparatorKeys => !!c && c in s.comparatorKeys))];
  return {
    chart_id: `compare-${comparison.definition}`,
    title: titles[first.view],
    titles,
    topic: what,
    notes: [
      ...comparators.map((c) => s.comparatorKeys[c]), ...(drawn.some((r) => r.period_inferred) ? [s.inferredKey] : []),
      ...uncertain.map((r) => set(`${UNCERTAIN_MARK} ${uncertainNote(r)}`)),
      // Under the chart, beside the list it counts: the subtitle keeps to what is drawn and its years.
      ...(notCompared.length ? [s.findings.notComparedCount({ n: notCompared.length })] : []),
    ],
    subtitle: set([
      // What is drawn and each place's years, in every view (the absolute one included).
      drawn.length ? s.findings.periods({ measure: s.measures[comparison.measure], list: periods.join(s.listSeparator) }) : s.findings.comparisonSubtitle({ drawn: drawn.length, measure: s.measures[comparison.measure] }),
      ...disagreements,
      findings.some((f) => f.qualifier === 'similar') ? s.findings.similarNote({ ratio: SIMILAR_RATIO }) : '',
    ].filter(Boolean).join(' ')),
    howToRead: s.howToRead.comparison,
    units: unit,
    source: s.sourceLine({ documents: new Set(comparison.rows.map((r) => r.doc_id).filter(Boolean)).size }),
    views: comparison.views,
    plot: (width, view) => comparisonBars(rows, {
      width, view: view as View, locale, placeName: regionName, placeShort: regionShort, unitLabel: unitFor(view as View),
      missingLabel: (r) => rowLabel(r, view as View) ?? '', inferredLabel: s.inferred,
      periodLabel: (r) => (periodOf(r) ? s.findings.barPeriod({ period: periodOf(r) }) : ''), uncertainLabel: (r) => s.findings.mayBe({ measure: s.measures[r.measure_uncertain!.measure] }),
    }),
    summary: (view) => {
      const v = view as View;
      const parts = comparisonBarRows(rows, v).map((r) => `${regionName(r.region_id)} ${r.value === undefined ? rowLabel(r, v) : `${COMPARATOR_SIGN[r.comparator ?? 'eq']}${fmt(r.value)} (${[s.findings.barPeriod({ period: periodOf(r) }), r.measure_uncertain ? s.findings.mayBe({ measure: s.measures[r.measure_uncertain.measure] }) : ''].filter(Boolean).join(', ')})`}`);
      return set([s.findings.comparisonSummary({ what, view: s.views[v], unit: unitFor(v), values: parts.join('; ') }), ...uncertain.map(uncertainNote)].join(' '));
    },
    columns: [
      { key: 'place', label: s.place }, { key: 'in_chart', label: s.inChart }, { key: 'status', label: s.kind }, { key: 'value_text', label: s.asWritten },
      { key: 'comparator', label: s.comparator }, { key: 'definition', label: s.definition }, { key: 'measure', label: s.measure }, { key: 'period', label: s.period },
      ...comparison.views.map((v) => ({ key: v, label: s.views[v], numeric: true })),
      { key: 'population', label: s.citedPopulation }, { key: 'uncertain', label: s.uncertainColumn }, { key: 'reason', label: s.reason },
    ],
    rows: [
      ...rows.map((r) => ({
        region_id: r.region_id, place: regionName(r.region_id), in_chart: s.yes,
        status: r.status === 'target' ? s.kinds.target : r.status === 'not_compared' ? s.notCompared : s.noTarget,
        target_id: r.target_id ?? '', value_text: r.value_text ?? '', comparator: r.comparator ? COMPARATOR_SIGN[r.comparator].trim() : '',
        definition: r.status === 'target' ? what : '', measure: r.measure ? s.measures[r.measure] : '',
        period: r.period_start !== undefined ? set(`${r.period_start}–${r.period_end}${r.period_inferred ? ` (${s.inferredTag})` : ''}`) : '',
        ...Object.fromEntries(comparison.views.map((v) => [v, r[v] ?? ''])),
        population: r.population !== undefined ? set(`${fmt(r.population)} (${s.populationSourceKinds[r.population_source_kind ?? 'none']})`) : '',
        uncertain: r.measure_uncertain ? uncertainNote(r) : '',
        reason: set([...new Set(Object.values(r.reasons))].map((x) => s.reasons[x]).join('; ')),
      })),
      ...notCompared.map((n) => ({
        region_id: n.region_id, place: regionName(n.region_id), in_chart: s.no, status: s.notCompared,
        target_id: n.target_id, value_text: n.value_text, comparator: COMPARATOR_SIGN[n.comparator].trim(), definition: pick(n, 'definition', lang), measure: '', period: '',
        ...Object.fromEntries(comparison.views.map((v) => [v, ''])), population: '', uncertain: '', reason: s.reasons[n.reason],
      })),
    ],
    notCompared: notCompared.map((n) => ({ region_id: n.region_id, target_id: n.target_id, text: set(`${regionName(n.region_id)}: ${n.value_text} (${pick(n, 'definition', lang)})`), reason: s.reasons[n.reason] })),
    page: `compare/?metric=${comparison.definition}`,
  };
}
