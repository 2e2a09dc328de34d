// What every plan commits to: the kinds of help (the support questions of the compare page) that
// every plan answers yes. A report of results is never counted among the plans.
import type { FindingRule } from './rule.ts';
import { answerOf, cellOf, commitmentProblems, plansOf, saysYes, supportQuestions } from './planAnswers.ts';

export const plansAgree: FindingRule<'plans-agree'> = {
  id: 'plans-agree',
  // Rule: with at least two plans, the support questions on which every plan answers yes, in the
  // codebook's order; nothing when there is no such question.
  pick(data) {
    const plans = plansOf(data);
    const asked = supportQuestions(data);
    if (plans.length < 2) return undefined;
    const agreed = asked.filter((q) => plans.every((d) => saysYes(answerOf(data, q.question_id, d))));
    if (!agreed.length) return undefined;
    return {
      id: 'plans-agree', plans: plans.map((d) => d.region_id), asked: asked.length,
      questions: agreed.map((q) => ({ question_id: q.question_id, cells: plans.map((d) => cellOf(d, answerOf(data, q.question_id, d)!)) })),
    };
  },
  // Check: the places named are exactly the plans (no report among them); for each question named,
  // every plan commits to it: its answer is a yes resting on an item of its own, and no figure behind
  // it is a result reported as achieved.
  check(finding, data) {
    const plans = plansOf(data);
    const problems: string[] = [];
    if (finding.plans.join() !== plans.map((d) => d.region_id).join()) problems.push(`the sentence speaks of ${finding.plans.join(', ')}, but the plans are ${plans.map((d) => d.region_id).join(', ')}`);
    for (const q of finding.questions) for (const d of plans) problems.push(...commitmentProblems(data, q.question_id, d));
    return problems;
  },
};
