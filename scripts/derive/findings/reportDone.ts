// What the report of results says was done: a place that published an account of its work, not a
// plan, and whose figures are therefore never set beside other places' promises.
import type { FindingRule } from './rule.ts';

/** How many of the report's headline results the proof table shows. */
const NAMED = 5;

export const reportDone: FindingRule<'report-done'> = {
  id: 'report-done',
  // Rule: the first document (in the places' order) that is a report of results, if it reports at
  // least one headline result; its figures, how many of them are results, and its headline results
  // (not amounts per person, not parts of another total) in the order of the text.
  pick(data) {
    const doc = data.documents.find((d) => d.doc_type === 'report');
    if (!doc) return undefined;
    const figures = data.targets.filter((t) => t.doc_id === doc.doc_id);
    const named = figures.filter((t) => t.kind === 'outcome' && t.headline && t.per === undefined && t.part_of === undefined);
    if (!named.length) return undefined;
    return {
      id: 'report-done', region_id: doc.region_id, doc_id: doc.doc_id,
      figures: figures.length, results: figures.filter((t) => t.kind === 'outcome').length, named: named.slice(0, NAMED).map((t) => t.target_id),
    };
  },
  // Check: the document is a report; it promises nothing (no figure of it is a target), so “not a
  // plan” holds; no comparison draws a figure of it beside other places' promises; every result
  // named is a result of this document.
  check(finding, data) {
    const problems: string[] = [];
    const doc = data.documents.find((d) => d.doc_id === finding.doc_id);
    if (doc?.doc_type !== 'report') problems.push(`${finding.doc_id} is not a report of results`);
    const promised = data.targets.filter((t) => t.doc_id === finding.doc_id && t.kind === 'target');
    if (promised.length) problems.push(`${promised.map((t) => t.target_id).join(', ')} ${promised.length === 1 ? 'is a target' : 'are targets'}: the sentence says the report promises nothing`);
    for (const c of data.comparisons) {
      const drawn = c.rows.filter((r) => r.status === 'target' && r.doc_id === finding.doc_id);
      if (drawn.length) problems.push(`the comparison of ${c.definition} draws ${drawn.map((r) => r.target_id).join(', ')}: the sentence says none is set beside other places’ promises`);
    }
    const targets = new Map(data.targets.map((t) => [t.target_id, t]));
    for (const id of finding.named) {
      const t = targets.get(id);
      if (t?.doc_id !== finding.doc_id || t.kind !== 'outcome') problems.push(`${id} is not a result reported by ${finding.doc_id}`);
    }
    return problems;
  },
};
