// Where the plans part ways: a kind of help some plans commit to and others do not mention at all.
// A report of results is never counted among the plans.
import type { FindingRule } from './rule.ts';
import { answerOf, cellOf, commitmentProblems, plansOf, saysNothing, saysYes, supportQuestions } from './planAnswers.ts';

export const plansPartWays: FindingRule<'plans-part-ways'> = {
  id: 'plans-part-ways',
  // Rule: among the support questions on which at least one plan answers yes and at least one says
  // nothing, the one splitting the plans most evenly (the first in the codebook's order on a tie).
  pick(data) {
    const plans = plansOf(data);
    const split = supportQuestions(data).map((q) => {
      const yes = plans.filter((d) => saysYes(answerOf(data, q.question_id, d)));
      const silent = plans.filter((d) => saysNothing(answerOf(data, q.question_id, d)));
      return { q, yes, silent, even: Math.min(yes.length, silent.length) };
    }).filter((x) => x.even > 0);
    if (!split.length) return undefined;
    const { q, yes, silent } = split.reduce((a, b) => (b.even > a.even ? b : a));
    return {
      id: 'plans-part-ways', plans: plans.map((d) => d.region_id), question_id: q.question_id,
      yes: yes.map((d) => d.region_id), silent: silent.map((d) => d.region_id),
      cells: plans.filter((d) => yes.includes(d) || silent.includes(d)).map((d) => cellOf(d, answerOf(data, q.question_id, d)!)),
    };
  },
  // Check: the plans named are plans (no report among them), each either side; every plan said to
  // answer yes commits to it (a yes resting on an item of its own, no figure behind it a result
  // reported as achieved); every plan said to say nothing has the answer “not stated” and no item behind it.
  check(finding, data) {
    const plans = plansOf(data);
    const problems: string[] = [];
    const byRegion = new Map(plans.map((d) => [d.region_id, d]));
    for (const r of [...finding.yes, ...finding.silent]) if (!byRegion.has(r)) problems.push(`${r} is not a plan`);
    if (!finding.yes.length || !finding.silent.length) problems.push('the plans do not split: one side is empty');
    for (const r of finding.yes) if (byRegion.has(r)) problems.push(...commitmentProblems(data, finding.question_id, byRegion.get(r)!));
    for (const r of finding.silent) {
      const d = byRegion.get(r);
      const a = d && answerOf(data, finding.question_id, d);
      if (d && (!saysNothing(a) || a.measure_ids.length || a.target_ids.length)) problems.push(`${r} is said to say nothing of ${finding.question_id}, but answers ${a?.answers.join(', ')} on ${a?.measure_ids.length ?? 0} items`);
    }
    return problems;
  },
};
