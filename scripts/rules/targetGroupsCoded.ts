import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/**
 * Every item has its target groups coded: one row per group it names, each with the words that name
 * it, or one row none_named (and no words) when it names none.
 */
export const targetGroupsCoded: Rule = ({ dataset, docs }) => {
  const problems: Problem[] = [];
  const file = 'data/target-groups.csv';
  const rowsOf = new Map<string, { group: string; line: number }[]>();
  for (const { row, line } of dataset['target-groups']) {
    rowsOf.set(row.measure_id, [...(rowsOf.get(row.measure_id) ?? []), { group: row.target_group, line }]);
    const quoted = row.quote_zh !== undefined || row.quote_start !== undefined || row.quote_end !== undefined;
    const whole = row.quote_zh !== undefined && row.quote_start !== undefined && row.quote_end !== undefined;
    if (row.target_group === 'none_named' && quoted) problems.push({ file, line, column: 'quote_zh', message: `${row.measure_id}: a none_named row quotes nothing (leave quote_start, quote_end and quote_zh empty)` });
    if (row.target_group !== 'none_named' && !whole) problems.push({ file, line, column: 'quote_zh', message: `${row.measure_id}: the group ${row.target_group} needs the words that name it (quote_start, quote_end, quote_zh)` });
  }
  for (const [measureId, rows] of rowsOf) {
    const none = rows.find((r) => r.group === 'none_named');
    if (none && rows.length > 1) problems.push({ file, line: none.line, column: 'target_group', message: `${measureId} is coded none_named and also names ${rows.filter((r) => r !== none).map((r) => r.group).join(', ')}` });
  }
  for (const { row, line } of dataset.measures) {
    if (!docs.has(row.doc_id) || rowsOf.has(row.measure_id)) continue;
    problems.push({ file, line: 1, column: 'measure_id', message: `item ${row.measure_id} (data/measures.csv:${line}) has no target groups coded: add a row per group it names, or one row none_named` });
  }
  return problems;
};
