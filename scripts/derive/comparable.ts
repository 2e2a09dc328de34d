// Which definitions can be compared across places. The validator checks definitions.csv's
// `comparable` against this, and derive draws comparisons from the same function, so the flag a
// researcher reads and the charts a reader sees cannot disagree.
import type { Document, Target } from '../../src/schema/index.ts';

type Row = Pick<Target, 'target_id' | 'doc_id' | 'definition' | 'kind' | 'headline' | 'scope' | 'measure' | 'part_of' | 'period_start' | 'period_end'>;

/** Amounts over time mean nothing side by side unless each says over which years. */
export const needsPeriod = (measure: Target['measure']) => measure === 'new_in_period' || measure === 'per_period';

/**
 * A row that can stand beside another place's: a headline commitment (kind target) of the whole
 * place, measured as something other than a policy parameter, and not a part of a total of its own
 * definition (a part whose total counts something else is still drawn in its own family), with its
 * years stated where it is an amount over time.
 */
export function isComparableRow(t: Row, byId: ReadonlyMap<string, Row>): boolean {
  if (t.kind !== 'target' || !t.headline || t.scope !== 'whole_place' || t.measure === 'parameter') return false;
  if (needsPeriod(t.measure) && (t.period_start === undefined || t.period_end === undefined)) return false;
  const total = t.part_of === undefined ? undefined : byId.get(t.part_of);
  return !(total && total.definition === t.definition);
}

/** definition → the measure shared by the headlines of at least two places, for comparable definitions only. */
export function comparableMeasures(targets: readonly Row[], documents: readonly Pick<Document, 'doc_id' | 'region_id'>[]): Map<string, Target['measure']> {
  const byId = new Map(targets.map((t) => [t.target_id, t]));
  const regionOf = new Map(documents.map((d) => [d.doc_id, d.region_id]));
  const places = new Map<string, Set<string>>(); // definition + measure → regions
  for (const t of targets) {
    if (!isComparableRow(t, byId)) continue;
    const key = `${t.definition}\u0000${t.measure}`;
    if (!places.has(key)) places.set(key, new Set());
    places.get(key)!.add(regionOf.get(t.doc_id) ?? t.doc_id);
  }
  const out = new Map<string, Target['measure']>();
  for (const [key, regions] of places) {
    if (regions.size < 2) continue;
    const [definition, measure] = key.split('\u0000') as [string, Target['measure']];
    if (out.has(definition)) continue; // two measures each shared by two places: the first in data order is drawn
    out.set(definition, measure);
  }
  return out;
}
