// The one numeric comparison the story tells: who promised the most, where places set targets that
// count the same thing in the same way. It reads the comparison's own derived finding for the view
// its chart opens on (the first), so it follows whatever view and ties the comparison derives.
import { SIMILAR_RATIO } from '../../../src/model/site.ts';
import type { FindingRule } from './rule.ts';

/** Comparators that make a figure a ceiling: “at most 30,000” is not a promise of 30,000. */
const CEILINGS = new Set(['lte', 'lt']);

export const promisesCompared: FindingRule<'promises-compared'> = {
  id: 'promises-compared',
  // Rule: among the comparisons whose opening view sets at least two places side by side, the one
  // drawing the most places (the first listed, on a tie); the places that promised the most in that
  // view, every place tied at the top named, or all of them when their figures are similar.
  pick(data) {
    const candidates = data.comparisons
      .map((c) => ({ c, f: c.findings[0] }))
      .filter(({ f }) => f !== undefined && (f.qualifier === 'most' || f.qualifier === 'similar') && f.places.length >= 2);
    if (!candidates.length) return undefined;
    const { c, f } = candidates.reduce((a, b) => (b.f.places.length > a.f.places.length ? b : a));
    const targetOf = (place: string) => c.rows.find((r) => r.region_id === place)?.target_id ?? '';
    return {
      id: 'promises-compared', definition: c.definition, view: f.view, qualifier: f.qualifier as 'most' | 'similar',
      leaders: [...f.leaders], places: [...f.places], targets: f.places.map(targetOf),
    };
  },
  // Check, from the comparison's rows themselves: at least two places have a value in the view; the
  // places named are exactly those at the top (all of them when similar, the largest at most
  // SIMILAR_RATIO times the smallest); each named place's figure is a target (a commitment) of that
  // place and not a ceiling.
  check(finding, data) {
    const problems: string[] = [];
    const comparison = data.comparisons.find((c) => c.definition === finding.definition);
    if (!comparison) return [`no comparison of ${finding.definition}`];
    const valued = comparison.rows.filter((r) => r.status === 'target' && r[finding.view] !== undefined);
    if (valued.length < 2) problems.push(`fewer than two places have a value per ${finding.view} in ${finding.definition}`);
    const values = valued.map((r) => r[finding.view]!);
    const max = Math.max(...values);
    const min = Math.min(...values);
    const top = valued.filter((r) => r[finding.view] === max).map((r) => r.region_id).sort();
    const named = [...finding.leaders].sort();
    if (finding.qualifier === 'most') {
      if (top.join() !== named.join()) problems.push(`the sentence names ${named.join(', ') || 'no place'} as promising the most, but the highest in ${finding.view} ${top.length === 1 ? 'is' : 'are'} ${top.join(', ')}`);
      if (min > 0 && max / min <= SIMILAR_RATIO) problems.push(`the figures are within ${SIMILAR_RATIO} times of each other, so no place promised clearly more`);
    } else if (!(min > 0 && max / min <= SIMILAR_RATIO)) {
      problems.push(`the sentence calls the figures similar, but the largest is ${(max / min).toFixed(1)} times the smallest`);
    }
    const targets = new Map(data.targets.map((t) => [t.target_id, t]));
    const docs = new Map(data.documents.map((d) => [d.doc_id, d]));
    for (const place of finding.leaders) {
      const row = valued.find((r) => r.region_id === place);
      const t = row?.target_id === undefined ? undefined : targets.get(row.target_id);
      if (!t) { problems.push(`${place} has no figure drawn in ${finding.definition}`); continue; }
      if (docs.get(t.doc_id)?.region_id !== place) problems.push(`${t.target_id} is not a figure of ${place}`);
      if (t.kind !== 'target') problems.push(`${t.target_id} (${place}) is a ${t.kind}, not a target: the sentence says it was promised`);
      if (CEILINGS.has(t.comparator)) problems.push(`${t.target_id} (${place}) is a ceiling (${t.comparator} ${t.value_text}), not a promise of at least that much`);
    }
    return problems;
  },
};
