import type { Department, Document, Measure } from '../../src/schema/index.ts';
import type { DepartmentKindCount } from '../../src/model/site.ts';

/** Items per kind of unit named on them (a lead, or responsible units listed) and place: an item counts once per kind it names. */
export function departmentKinds(documents: Document[], measures: Measure[], departments: Department[]): DepartmentKindCount[] {
  const counts = new Map<string, DepartmentKindCount>();
  for (const m of measures) {
    const region_id = documents.find((d) => d.doc_id === m.doc_id)!.region_id;
    const kinds = new Set([...m.lead_units, ...m.responsible_units].map((u) => departments.find((d) => d.doc_id === m.doc_id && d.name === u)!.kind));
    for (const kind of kinds) {
      const key = `${kind}/${region_id}`;
      const c = counts.get(key) ?? { kind, region_id, items: 0 };
      c.items++;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.region_id.localeCompare(b.region_id));
}
