import { describe, expect, test } from 'vitest';
import { answerKey, differingQuestions, placesDiffer, questionsByTheme } from './explorer.ts';
import type { PlaceAnswer } from './site.ts';
import type { CodebookAnswer, Question } from '../schema/index.ts';

const q = (question_id: string, theme: Question['theme'], order: number) => ({ question_id, theme, order }) as Question;
const a = (question_id: string, region_id: string, ...answers: string[]) => ({ question_id, region_id, answers }) as PlaceAnswer;
const data = {
  codebook: [q('level', 'document', 2), q('kind', 'document', 1), q('fund', 'support', 3)],
  codebookAnswers: [] as CodebookAnswer[],
  answers: [
    a('kind', 'x', 'plan'), a('kind', 'y', 'plan'), a('kind', 'z', 'report'),
    a('level', 'x', 'county'), a('level', 'y', 'district'), a('level', 'z', 'county'),
    a('fund', 'x', 'with_sum'), a('fund', 'y', 'with_sum'), a('fund', 'z', 'with_sum'),
  ],
};

test('questions are grouped by theme in the codebook’s order, empty themes left out', () => {
  expect(questionsByTheme(data).map((t) => [t.theme, t.questions.map((x) => x.question_id)])).toEqual([['document', ['kind', 'level']], ['support', ['fund']]]);
});

describe('differences only', () => {
  test('keeps exactly the questions on which the chosen places answer differently', () => {
    expect(differingQuestions(data, ['x', 'y', 'z'])).toEqual(['kind', 'level']);
    expect(differingQuestions(data, ['x', 'y'])).toEqual(['level']);
    expect(differingQuestions(data, ['x', 'z'])).toEqual(['kind']);
  });
  test('a multiple answer is the same only with the same answers', () => {
    const multi = { answers: [a('groups', 'x', 'women', 'ex_servicemen'), a('groups', 'y', 'women')] };
    expect(placesDiffer(multi, 'groups', ['x', 'y'])).toBe(true);
    expect(answerKey({ answers: ['women', 'ex_servicemen'] })).not.toBe(answerKey({ answers: ['women'] }));
  });
});
