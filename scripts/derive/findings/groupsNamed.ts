// Who the plans name as helped: the groups of people every plan names, and those one plan alone
// names (the compare page's question of groups named). A report of results is never counted.
import type { FindingRule, FindingData } from './rule.ts';
import { answerOf, plansOf } from './planAnswers.ts';
import type { Document } from '../../../src/schema/index.ts';

/** The codebook's question of the groups a text names as helped (its rule derives them from target-groups.csv). */
const groupsQuestion = (data: FindingData) => data.codebook.find((q) => q.rule === 'groupsNamed');

/** The groups one plan names, in the codebook's order (“no group named” is none). */
const groupsOf = (data: FindingData, question_id: string, doc: Document) => (answerOf(data, question_id, doc)?.answers ?? []).filter((g) => g !== 'none_named');

/** The first words of a plan naming a group (a row of target-groups.csv with its quote). */
const wordsNaming = (data: FindingData, doc: Document, group: string) => data.targetGroups.find((g) => g.doc_id === doc.doc_id && g.target_group === group && g.quote_zh !== undefined);

export const groupsNamed: FindingRule<'groups-named'> = {
  id: 'groups-named',
  // Rule: with at least two plans, the groups every plan names as helped, and the groups one plan
  // alone names, each in the codebook's order; nothing when no group is named by every plan.
  pick(data) {
    const q = groupsQuestion(data);
    const plans = plansOf(data);
    if (!q || plans.length < 2) return undefined;
    const order = data.codebookAnswers.filter((a) => a.question_id === q.question_id).map((a) => a.answer_id);
    const namedBy = (group: string) => plans.filter((d) => groupsOf(data, q.question_id, d).includes(group));
    const everyPlan = order.filter((g) => g !== 'none_named' && namedBy(g).length === plans.length);
    if (!everyPlan.length) return undefined;
    const onlyOne = order.filter((g) => namedBy(g).length === 1).map((group) => ({ group, region_id: namedBy(group)[0].region_id }));
    const shown = [...everyPlan.flatMap((group) => plans.map((d) => ({ group, d }))), ...onlyOne.map(({ group }) => ({ group, d: namedBy(group)[0] }))];
    return {
      id: 'groups-named', plans: plans.map((d) => d.region_id), everyPlan, onlyOne,
      named: shown.map(({ group, d }) => ({ group, region_id: d.region_id, measure_id: wordsNaming(data, d, group)?.measure_id ?? '' })),
    };
  },
  // Check: the places are exactly the plans (no report among them); every group shown is a group of
  // people in the codebook's list (not its answer that none is named); every group said to be named by
  // every plan is in each plan's answer, every group said to be one plan's alone is in that plan's
  // answer and no other's; and each item the table links to is of that plan and holds, within its
  // own words, the words naming the group.
  check(finding, data) {
    const q = groupsQuestion(data);
    if (!q) return ['the codebook has no question of the groups named'];
    const plans = plansOf(data);
    const problems: string[] = [];
    if (finding.plans.join() !== plans.map((d) => d.region_id).join()) problems.push(`the sentence speaks of ${finding.plans.join(', ')}, but the plans are ${plans.map((d) => d.region_id).join(', ')}`);
    for (const g of finding.everyPlan) for (const d of plans) if (!groupsOf(data, q.question_id, d).includes(g)) problems.push(`${d.region_id} does not name ${g}`);
    for (const { group, region_id } of finding.onlyOne) {
      const by = plans.filter((d) => groupsOf(data, q.question_id, d).includes(group)).map((d) => d.region_id);
      if (by.join() !== region_id) problems.push(`${group} is said to be named by ${region_id} alone, but is named by ${by.join(', ') || 'no plan'}`);
    }
    // The codebook's list marks each group as a fact about the text; the one answer marked none is “no group named”.
    for (const g of [...finding.everyPlan, ...finding.onlyOne.map((o) => o.group)]) {
      const mark = data.codebookAnswers.find((a) => a.question_id === q.question_id && a.answer_id === g)?.mark;
      if (mark !== 'fact') problems.push(`${g} is not a group of people in the codebook's list of answers (marked ${mark ?? 'nowhere'}), so the sentence cannot count it as named`);
    }
    for (const n of finding.named) {
      const d = plans.find((x) => x.region_id === n.region_id);
      const item = data.measures.find((m) => m.measure_id === n.measure_id);
      const words = d && data.targetGroups.find((g) => g.doc_id === d.doc_id && g.measure_id === n.measure_id && g.target_group === n.group && g.quote_zh !== undefined);
      if (!d || item?.doc_id !== d.doc_id || !words) { problems.push(`${n.group} (${n.region_id}): no words of that plan naming it on ${n.measure_id || 'any item'}`); continue; }
      if (words.quote_start! < item.quote_start || words.quote_end! > item.quote_end) problems.push(`the words naming ${n.group} (${n.region_id}, characters ${words.quote_start}–${words.quote_end}) are not within the item ${n.measure_id} they are coded on (characters ${item.quote_start}–${item.quote_end}): the table would link to an item that does not name them`);
    }
    return problems;
  },
};
