// The rules that hold the compare page's coded rows to their texts and to the codebook, each shown
// to pass on the curated data and to catch one broken row.
import { describe, expect, test } from 'vitest';
import { validateData } from '../data/validate.ts';
import type { RuleContext } from './context.ts';
import { itemQuotes } from './itemQuotes.ts';
import { targetGroupsCoded } from './targetGroupsCoded.ts';
import { codebookAnswered } from './codebookAnswered.ts';

const { dataset, texts } = validateData('data');
const context = (change: (d: typeof dataset) => typeof dataset = (d) => d): RuleContext =>
  ({ dataset: change(structuredClone(dataset)), texts, docs: new Set(dataset.documents.map((d) => d.row.doc_id)), complete: true });
const named = () => dataset['target-groups'].find((g) => g.row.target_group !== 'none_named')!;

describe('the words of a target group or a check are in its item’s text', () => {
  test('the curated rows pass', () => {
    expect(itemQuotes(context())).toEqual([]);
  });
  test('words that are not at their offsets are reported, with the line', () => {
    const { line } = named();
    const problems = itemQuotes(context((d) => {
      const row = d['target-groups'].find((g) => g.line === line)!.row;
      row.quote_zh = `${row.quote_zh!.slice(1)}人`;
      return d;
    }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/target-groups.csv', line, column: 'quote_start' })]);
  });
  test('words of another item are reported as outside their item', () => {
    const check = dataset.checks[0];
    const other = dataset.measures.find((m) => m.row.doc_id !== dataset.measures.find((x) => x.row.measure_id === check.row.measure_id)!.row.doc_id)!;
    const problems = itemQuotes(context((d) => { Object.assign(d.checks[0].row, { measure_id: other.row.measure_id, doc_id: other.row.doc_id }); return d; }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/checks.csv', line: check.line, message: expect.stringMatching(/outside its item/) })]);
  });
  test('a row naming an item of another document is reported', () => {
    const problems = itemQuotes(context((d) => { d.checks[0].row.doc_id = 'panshan-report'; return d; }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/checks.csv', line: dataset.checks[0].line, column: 'doc_id' })]);
  });
});

describe('every item has its target groups coded', () => {
  test('the curated rows pass, and every item has a row', () => {
    expect(targetGroupsCoded(context())).toEqual([]);
    const coded = new Set(dataset['target-groups'].map((g) => g.row.measure_id));
    expect(dataset.measures.filter((m) => !coded.has(m.row.measure_id)).map((m) => m.row.measure_id)).toEqual([]);
  });
  test('an item without a row, a group without its words, and none_named beside a group are reported', () => {
    const { row } = named();
    const problems = targetGroupsCoded(context((d) => {
      d['target-groups'] = d['target-groups'].filter((g) => g.row.measure_id !== d.measures[0].row.measure_id);
      d['target-groups'].find((g) => g.row.measure_id === row.measure_id && g.row.target_group === row.target_group)!.row.quote_zh = undefined;
      d['target-groups'].push({ row: { doc_id: row.doc_id, measure_id: row.measure_id, target_group: 'none_named' }, line: 999 });
      return d;
    }));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`${row.measure_id}: the group ${row.target_group} needs the words`)),
      expect.stringMatching(new RegExp(`${row.measure_id} is coded none_named and also names`)),
      expect.stringMatching(new RegExp(`item ${dataset.measures[0].row.measure_id} .* has no target groups coded`)),
    ]);
  });
});

describe('the codebook is whole', () => {
  test('the curated codebook passes', () => {
    expect(codebookAnswered(context())).toEqual([]);
  });
  test('an answer a rule gives that its list lacks is reported', () => {
    const problems = codebookAnswered(context((d) => {
      d['codebook-answers'] = d['codebook-answers'].filter((a) => !(a.row.question_id === 'document_kind' && a.row.answer_id === 'report'));
      return d;
    }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/codebook-answers.csv', message: expect.stringMatching(/document_kind .* answers report for/) })]);
  });
  test('two questions with one rule are reported', () => {
    const problems = codebookAnswered(context((d) => { d.codebook[1].row.rule = d.codebook[0].row.rule; return d; }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/codebook.csv', line: dataset.codebook[1].line, column: 'rule' })]);
  });
});
