// The compare page's questions as the page, the embeds and the CSVs show them: each question's row of
// answers, its mark, and whether the chosen places differ. Pure functions of the derived site data.
import { QUESTION_THEMES } from '../schema/vocabulary.ts';
import type { CodebookAnswer, Question } from '../schema/index.ts';
import type { PlaceAnswer, SiteData } from './site.ts';

type ExplorerData = Pick<SiteData, 'codebook' | 'codebookAnswers' | 'answers'>;

/** The questions of each theme, in the codebook's order; themes without questions are left out. */
export function questionsByTheme(data: Pick<SiteData, 'codebook'>): { theme: Question['theme']; questions: Question[] }[] {
  const ordered = [...data.codebook].sort((a, b) => a.order - b.order);
  return QUESTION_THEMES.map((theme) => ({ theme, questions: ordered.filter((q) => q.theme === theme) })).filter((t) => t.questions.length > 0);
}

export function answerOf(data: Pick<SiteData, 'answers'>, questionId: string, regionId: string): PlaceAnswer {
  const found = data.answers.find((a) => a.question_id === questionId && a.region_id === regionId);
  if (!found) throw new Error(`no answer of ${regionId} to ${questionId} in the site data`);
  return found;
}

/** The closed-list entries a place's answer names, in the list's order. */
export function answerEntries(data: Pick<SiteData, 'codebookAnswers'>, answer: PlaceAnswer): CodebookAnswer[] {
  return answer.answers.map((id) => {
    const entry = data.codebookAnswers.find((a) => a.question_id === answer.question_id && a.answer_id === id);
    if (!entry) throw new Error(`${answer.question_id} has no answer ${id} in the codebook`);
    return entry;
  });
}

/** A cell's mark: its first answer's (a multiple answer lists facts; "none" and "not applicable" stand alone). */
export const cellMark = (entries: readonly CodebookAnswer[]): CodebookAnswer['mark'] => entries[0].mark;

/** What two cells compare by: the same answers, in the same order, are the same answer. */
export const answerKey = (answer: Pick<PlaceAnswer, 'answers'>) => answer.answers.join('+');

/** True when the places' answers to the question are not all the same. */
export const placesDiffer = (data: Pick<SiteData, 'answers'>, questionId: string, regionIds: readonly string[]) =>
  new Set(regionIds.map((r) => answerKey(answerOf(data, questionId, r)))).size > 1;

/** The questions on which the places differ: what "differences only" keeps. */
export const differingQuestions = (data: ExplorerData, regionIds: readonly string[]) =>
  [...data.codebook].sort((a, b) => a.order - b.order).filter((q) => placesDiffer(data, q.question_id, regionIds)).map((q) => q.question_id);

/** A share as a whole percentage, for counts shown beside it. */
export const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((100 * n) / of));

/** The rows of the answers table (src/schema/answers.ts) as CSV cells: lists joined by `;`, in the codebook's order. */
export function answerRows(data: ExplorerData, questionId?: string): Record<string, string>[] {
  const order = new Map([...data.codebook].sort((a, b) => a.order - b.order).map((q, i) => [q.question_id, i]));
  return data.answers
    .filter((a) => questionId === undefined || a.question_id === questionId)
    .sort((a, b) => order.get(a.question_id)! - order.get(b.question_id)!)
    .map((a) => {
      const entries = answerEntries(data, a);
      return {
        question_id: a.question_id, region_id: a.region_id, doc_id: a.doc_id,
        answers: a.answers.join(';'), answer_en: entries.map((e) => e.label_en).join(';'), answer_zh: entries.map((e) => e.label_zh).join(';'),
        mark: cellMark(entries), measure_ids: a.measure_ids.join(';'), target_ids: a.target_ids.join(';'),
      };
    });
}
