// The home page's findings, in the order the story tells them. A new finding is a new rule here, an
// id in STORY_FINDINGS (src/model/site.ts), its words (story in each words file: the sentence, and
// the rule and check in words for the about page) and its section on the home page.
//
// The numeric comparison leads (its chart is the first screen's proof); then what the compare page's
// answers say of the plans; then the report, which is never set beside them.
// Still to come: how concrete the plans are (once the measure of concreteness, with its deadline,
// lead unit and money, is settled).
import type { FindingRule } from './rule.ts';
import { promisesCompared } from './promisesCompared.ts';
import { reportDone } from './reportDone.ts';
import { plansAgree } from './plansAgree.ts';
import { plansPartWays } from './plansPartWays.ts';
import { groupsNamed } from './groupsNamed.ts';
import { moneyOnTable } from './moneyOnTable.ts';
import { STORY_FINDINGS } from '../../../src/model/site.ts';

export const FINDING_RULES: readonly FindingRule[] = [promisesCompared, plansAgree, plansPartWays, groupsNamed, moneyOnTable, reportDone] as FindingRule[];

// The order of the rules is the order of STORY_FINDINGS: one list of ids, checked once at load.
if (FINDING_RULES.map((r) => r.id).join() !== STORY_FINDINGS.join()) throw new Error(`finding rules (${FINDING_RULES.map((r) => r.id)}) and STORY_FINDINGS (${STORY_FINDINGS}) differ`);

export { tellStory, FindingsFailed, type FindingData, type FindingRule, type FindingProblem } from './rule.ts';
