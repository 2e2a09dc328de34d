import { comparableMeasures } from '../derive/comparable.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';
import { COMPUTED_COLUMNS } from '../data/comparableColumn.ts';

const COMMAND = COMPUTED_COLUMNS.find((c) => c.table === 'definitions' && c.column === 'comparable')!.command;

/** A figure's definition belongs to its metric, and definitions.csv's `comparable` is what the headlines make it (written by npm run comparable). */
export const comparability: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const definitions = new Map(dataset.definitions.map((d) => [d.row.definition_id, d.row]));
  for (const { row, line } of dataset.targets) {
    const definition = definitions.get(row.definition);
    if (definition && definition.metric_id !== row.metric) {
      problems.push({ file: 'data/targets.csv', line, column: 'definition', message: `${row.definition} belongs to metric ${definition.metric_id}, not ${row.metric}` });
    }
  }
  const comparable = comparableMeasures(dataset.targets.map((t) => t.row), dataset.documents.map((d) => d.row));
  for (const { row, line } of dataset.definitions) {
    const computed = comparable.has(row.definition_id);
    if (row.comparable !== computed) {
      problems.push({
        file: 'data/definitions.csv', line, column: 'comparable',
        message: computed
          ? `is false, but at least two places have a whole_place headline target of ${row.definition_id} measured as ${comparable.get(row.definition_id)}: it is computed, run \`${COMMAND}\` to write it`
          : `is true, but fewer than two places have a whole_place headline target of ${row.definition_id} with the same measure: it is computed, run \`${COMMAND}\` to write it`,
      });
    }
  }
  return problems;
};
