import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** The paragraph a measure stands in, up to its end: a goal clause may take the date that opens its goal sentence. */
const paragraphUpTo = (text: string, start: number, end: number) => text.slice(text.lastIndexOf('\n', start - 1) + 1, end);

/**
 * Words coded as stated are in the text where they are said to be: a deadline in its item or in the
 * goal paragraph its clause belongs to (and only on goal clauses and action items); the words that
 * make a figure's measure uncertain inside its quote, naming another measure than the one coded.
 */
export const statedWords: Rule = ({ dataset, texts }) => {
  const problems: Problem[] = [];
  for (const { row, line } of dataset.measures) {
    if (!row.deadline_zh) continue;
    const say = (message: string) => problems.push({ file: 'data/measures.csv', line, column: 'deadline_zh', message });
    if (row.item_type !== 'goal' && row.item_type !== 'action') say(`is coded for goal clauses and action items only, not for a ${row.item_type}`);
    const text = texts.get(row.doc_id);
    if (text !== undefined && !paragraphUpTo(text, row.quote_start, row.quote_end).includes(row.deadline_zh)) say(`${JSON.stringify(row.deadline_zh)} is not in the item or the paragraph it stands in`);
  }
  for (const { row, line } of dataset.targets) {
    const say = (column: string, message: string) => problems.push({ file: 'data/targets.csv', line, column, message });
    const filled = (x: string | undefined) => x !== undefined && x !== '';
    // Each cell that is filled without the others is named, so the problem stands at the cell that is wrong.
    if (!filled(row.measure_uncertain)) {
      for (const column of ['measure_uncertain_en', 'measure_uncertain_zh'] as const) if (filled(row[column])) say(column, 'is given, but measure_uncertain names no other measure');
      continue;
    }
    for (const column of ['measure_uncertain_en', 'measure_uncertain_zh'] as const) if (!filled(row[column])) say(column, 'is missing: an uncertain measure says why in English and quotes the words of the text');
    if (row.measure_uncertain === row.measure) say('measure_uncertain', `is the measure coded (${row.measure}), not another one`);
    if (row.measure_uncertain_zh && !row.quote_zh.includes(row.measure_uncertain_zh)) say('measure_uncertain_zh', 'is not in the figure’s quote');
  }
  return problems;
};
