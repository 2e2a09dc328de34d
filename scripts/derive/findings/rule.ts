// What a finding of the home page is made of: a rule that picks its subject from the derived data,
// and a check that says what must hold for its sentence to be true. The rules and checks are written
// out in words on the about page (each locale's words, story.rules), one entry per finding id.
import type { SiteData, StoryFinding, StoryFindingId } from '../../../src/model/site.ts';

/** What a rule reads: everything derive wrote for the pages, the story aside. */
export type FindingData = Omit<SiteData, 'story'>;

export interface FindingRule<Id extends StoryFindingId = StoryFindingId> {
  id: Id;
  /** Picks the finding's subject from the data; undefined when the rule finds nothing. */
  pick: (data: FindingData) => Extract<StoryFinding, { id: Id }> | undefined;
  /** What does not hold for the sentence to be true: one line each, empty when the finding holds. */
  check: (finding: Extract<StoryFinding, { id: Id }>, data: FindingData) => string[];
}

/** Why a finding cannot be told: its rule found nothing, or its check failed. */
export interface FindingProblem { id: StoryFindingId; message: string }

/** Every finding of the rules, in their order, or the problems that stop the build, each naming its finding. */
export function tellStory(rules: readonly FindingRule[], data: FindingData): { story: StoryFinding[]; problems: FindingProblem[] } {
  const story: StoryFinding[] = [];
  const problems: FindingProblem[] = [];
  for (const rule of rules) {
    const finding = rule.pick(data);
    if (!finding) {
      problems.push({ id: rule.id, message: 'its rule found nothing in the data' });
      continue;
    }
    const failed = rule.check(finding as never, data);
    for (const message of failed) problems.push({ id: rule.id, message: `its check failed: ${message}` });
    if (!failed.length) story.push(finding);
  }
  return { story, problems };
}

/** Thrown by derive when a finding cannot be told: nothing is built on a sentence that is not true. */
export class FindingsFailed extends Error {
  readonly problems: FindingProblem[];
  constructor(problems: FindingProblem[]) {
    super(problems.map((p) => `finding "${p.id}" (home page #${p.id}): ${p.message}`).join('\n'));
    this.name = 'FindingsFailed';
    this.problems = problems;
  }
}
