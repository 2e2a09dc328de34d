// What money is on the table: which plans state how much goes into a fund of their own (the compare
// page's question of a dedicated fund), and which name a fund without an amount. A report of results
// is never counted among the plans.
import type { FindingRule, FindingData } from './rule.ts';
import { answerOf, commitmentProblems, plansOf, saysYes } from './planAnswers.ts';

/** Comparators that make a figure a ceiling: “up to 50万元” is not a sum put in. */
const CEILINGS = new Set(['lte', 'lt']);

/** The codebook's question of a dedicated fund (its rule gives the fund's stated sums as the figures behind a plan's answer). */
const fundQuestion = (data: FindingData) => data.codebook.find((q) => q.rule === 'dedicatedFund');

export const moneyOnTable: FindingRule<'money-on-table'> = {
  id: 'money-on-table',
  // Rule: with at least two plans, the plans whose answer on a dedicated fund rests on a stated sum,
  // and those that name a fund without one; nothing when no plan states a sum.
  pick(data) {
    const q = fundQuestion(data);
    const plans = plansOf(data);
    if (!q || plans.length < 2) return undefined;
    const answered = plans.map((d) => ({ d, a: answerOf(data, q.question_id, d) }));
    const withSum = answered.filter(({ a }) => saysYes(a) && a!.target_ids.length > 0).map(({ d }) => d.region_id);
    if (!withSum.length) return undefined;
    return {
      id: 'money-on-table', plans: plans.map((d) => d.region_id), question_id: q.question_id, withSum,
      withoutSum: answered.filter(({ a }) => saysYes(a) && a!.target_ids.length === 0).map(({ d }) => d.region_id),
      cells: answered.filter(({ a }) => a !== undefined).map(({ d, a }) => ({ region_id: d.region_id, answers: [...a!.answers], target_ids: [...a!.target_ids], ...(a!.measure_ids[0] ? { measure_id: a!.measure_ids[0] } : {}) })),
    };
  },
  // Check: the places are exactly the plans (no report among them); each plan said to state a sum
  // commits to its fund (an item of its own, no figure a result already achieved), and each sum
  // behind it is money in yuan set aside by that plan (a budget), not a ceiling (“up to”); each plan
  // said to name a fund without an amount names one on an item of its own, with no sum behind it.
  check(finding, data) {
    const q = fundQuestion(data);
    if (!q) return ['the codebook has no question of a dedicated fund'];
    const plans = plansOf(data);
    const problems: string[] = [];
    if (finding.plans.join() !== plans.map((d) => d.region_id).join()) problems.push(`the sentence speaks of ${finding.plans.join(', ')}, but the plans are ${plans.map((d) => d.region_id).join(', ')}`);
    const planOf = (r: string) => plans.find((d) => d.region_id === r);
    for (const r of finding.withSum) {
      const d = planOf(r);
      if (!d) { problems.push(`${r} is not a plan`); continue; }
      problems.push(...commitmentProblems(data, q.question_id, d));
      const ids = answerOf(data, q.question_id, d)?.target_ids ?? [];
      if (!ids.length) problems.push(`${r} is said to state a sum, but no sum is behind its answer`);
      for (const id of ids) {
        const t = data.targets.find((x) => x.target_id === id);
        if (!t) continue;
        if (t.kind !== 'budget' || t.base_unit !== 'cny') problems.push(`${id} (${r}) is not a sum of money set aside (a ${t.kind} in ${t.base_unit})`);
        if (CEILINGS.has(t.comparator)) problems.push(`${id} (${r}) is a ceiling (${t.comparator} ${t.value_text}), not a sum put into the fund`);
      }
    }
    for (const r of finding.withoutSum) {
      const d = planOf(r);
      const a = d && answerOf(data, q.question_id, d);
      if (!d || !saysYes(a)) { problems.push(`${r} is said to name a fund, but does not`); continue; }
      problems.push(...commitmentProblems(data, q.question_id, d));
      if (a!.target_ids.length) problems.push(`${r} is said to name a fund without an amount, but ${a!.target_ids.join(', ')} ${a!.target_ids.length === 1 ? 'is' : 'are'} behind it`);
    }
    return problems;
  },
};
