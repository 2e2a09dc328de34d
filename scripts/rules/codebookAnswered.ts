import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';
import { deriveAnswers } from '../derive/answers/answers.ts';

/**
 * The codebook is whole: each question has a closed list of answers and a rule of its own, and
 * every answer its rule derives for every place is on that list (so no cell is ever blank).
 */
export const codebookAnswered: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const questions = dataset.codebook;
  const answers = dataset['codebook-answers'];
  for (const { row, line } of questions) {
    if (!answers.some((a) => a.row.question_id === row.question_id)) problems.push({ file: 'data/codebook.csv', line, column: 'question_id', message: `${row.question_id} has no answers in data/codebook-answers.csv` });
    const first = questions.find((q) => q.row.rule === row.rule)!;
    if (first.line !== line) problems.push({ file: 'data/codebook.csv', line, column: 'rule', message: `${row.rule} already derives ${first.row.question_id} (line ${first.line}): one rule per question` });
  }
  const order = questions.find((q, i) => questions.findIndex((o) => o.row.order === q.row.order) !== i);
  if (order) problems.push({ file: 'data/codebook.csv', line: order.line, column: 'order', message: `order ${order.row.order} is used twice` });
  if (problems.length) return problems;
  const rows = <T>(located: readonly { row: T }[]) => located.map((x) => x.row);
  // A document of no known place is reported by the reference rules; its answers wait for the fix.
  const placed = rows(dataset.documents).filter((d) => dataset.regions.some((r) => r.row.region_id === d.region_id));
  const { unlisted } = deriveAnswers({
    regions: rows(dataset.regions), documents: placed, measures: rows(dataset.measures), targets: rows(dataset.targets),
    targetGroups: rows(dataset['target-groups']), checks: rows(dataset.checks), departments: rows(dataset.departments),
    instruments: rows(dataset.instruments), definitions: rows(dataset.definitions),
  }, rows(questions), rows(answers));
  const seen = new Set<string>();
  for (const u of unlisted) {
    const key = `${u.question_id}/${u.answer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const line = questions.find((q) => q.row.question_id === u.question_id)!.line;
    problems.push({ file: 'data/codebook-answers.csv', line: 1, column: 'answer_id', message: `the rule of ${u.question_id} (data/codebook.csv:${line}) answers ${u.answer} for ${u.doc_id}, which is not on its list of answers` });
  }
  return problems;
};
