// The home page's findings, in the order the story tells them. A new finding is a new rule here, an
// id in STORY_FINDINGS (src/model/site.ts), its words (story in each words file: the sentence, and
// the rule and check in words for the about page) and its section on the home page.
//
// Still to come, in this order before the two below:
// - what every plan commits to, where the plans part ways, who is named as helped, what money is on
//   the table (from the answers of the compare page's questions);
// - how concrete the plans are (once the measure of concreteness, with its deadline, lead unit and
//   money, is settled).
import type { FindingRule } from './rule.ts';
import { promisesCompared } from './promisesCompared.ts';
import { reportDone } from './reportDone.ts';
import { STORY_FINDINGS } from '../../../src/model/site.ts';

export const FINDING_RULES: readonly FindingRule[] = [promisesCompared, reportDone] as FindingRule[];

// The order of the rules is the order of STORY_FINDINGS: one list of ids, checked once at load.
if (FINDING_RULES.map((r) => r.id).join() !== STORY_FINDINGS.join()) throw new Error(`finding rules (${FINDING_RULES.map((r) => r.id)}) and STORY_FINDINGS (${STORY_FINDINGS}) differ`);

export { tellStory, FindingsFailed, type FindingData, type FindingRule, type FindingProblem } from './rule.ts';
