// What the findings from the compare page's answers share: only plans are asked what they commit to
// (a report of results is never set beside them), and what makes an answer a yes.
import type { Document } from '../../../src/schema/index.ts';
import type { PlaceAnswer, PlanAnswerCell } from '../../../src/model/site.ts';
import type { FindingData } from './rule.ts';

/** The documents that are plans, in the places' order: the findings from answers speak of these alone. */
export const plansOf = (data: FindingData): Document[] => data.documents.filter((d) => d.doc_type === 'plan');

/** The questions of what help a text commits (the codebook's support theme), in the codebook's order. */
export const supportQuestions = (data: FindingData) => [...data.codebook].filter((q) => q.theme === 'support').sort((a, b) => a.order - b.order);

/** A plan's answer to a question; undefined when it has none. */
export const answerOf = (data: FindingData, question_id: string, doc: Document): PlaceAnswer | undefined =>
  data.answers.find((a) => a.question_id === question_id && a.doc_id === doc.doc_id);

/** Answers that take nothing up: the text says nothing of it, or the question is not asked of it. */
const SILENT = new Set(['not_stated', 'not_applicable']);

/** A plan says yes when it gives an answer and none is silence or a report's “reported done”. */
export const saysYes = (a: PlaceAnswer | undefined): boolean =>
  a !== undefined && a.answers.length > 0 && a.answers.every((x) => !SILENT.has(x) && !x.startsWith('reported'));

/** A plan says nothing when its only answer is “not stated”. */
export const saysNothing = (a: PlaceAnswer | undefined): a is PlaceAnswer => a !== undefined && a.answers.length === 1 && a.answers[0] === 'not_stated';

/** The proof table's cell of one plan's answer: its answers and the first item behind it. */
export const cellOf = (doc: Document, a: PlaceAnswer): PlanAnswerCell => ({
  region_id: doc.region_id, answers: [...a.answers], ...(a.measure_ids[0] ? { measure_id: a.measure_ids[0] } : {}),
});

/**
 * What must hold for “this plan commits to it”: the answer is a yes, it rests on at least one item of
 * that plan, and every figure behind it is that plan's own and something it sets (a target, a sum, a
 * rule), not a result it reports as already achieved.
 */
export function commitmentProblems(data: FindingData, question_id: string, doc: Document): string[] {
  const a = answerOf(data, question_id, doc);
  if (!a || !saysYes(a)) return [`${doc.region_id} does not answer yes to ${question_id} (${a ? a.answers.join(', ') : 'no answer'})`];
  const problems: string[] = [];
  const items = a.measure_ids.map((id) => data.measures.find((m) => m.measure_id === id));
  if (!items.length) problems.push(`${doc.region_id}'s answer to ${question_id} rests on no item`);
  for (const [i, m] of items.entries()) if (m?.doc_id !== doc.doc_id) problems.push(`${a.measure_ids[i]}, behind ${doc.region_id}'s answer to ${question_id}, is not an item of ${doc.doc_id}`);
  for (const id of a.target_ids) {
    const t = data.targets.find((x) => x.target_id === id);
    if (t?.doc_id !== doc.doc_id) problems.push(`${id}, behind ${doc.region_id}'s answer to ${question_id}, is not a figure of ${doc.doc_id}`);
    else if (t.kind === 'outcome') problems.push(`${id} (${doc.region_id}, ${question_id}) is a result reported as achieved, not something the plan commits to`);
  }
  return problems;
}
