import { readFigure } from '../text/numbers.ts';
import { checkUnit } from '../../src/i18n/amounts.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** value is the reading of value_text; value_base is value × the multiplier (万, 亿); ranges have both ends. */
export const values: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const metricById = new Map(dataset.metrics.map((m) => [m.row.metric_id, m.row]));
  for (const { row, line } of dataset.targets) {
    const file = 'data/targets.csv';
    const reading = readFigure(row.value_text);
    if (!reading) { problems.push({ file, line, column: 'value_text', message: `${JSON.stringify(row.value_text)} does not start with a number` }); continue; }
    if (!close(reading.value, row.value)) problems.push({ file, line, column: 'value', message: `is ${row.value}, but ${JSON.stringify(row.value_text)} reads ${reading.value}` });
    if (row.comparator === 'range') {
      if (reading.valueMax === undefined || row.value_max === undefined || !close(reading.valueMax, row.value_max)) {
        problems.push({ file, line, column: 'value_max', message: `a range needs value_max ${reading.valueMax ?? '(none written)'} from ${JSON.stringify(row.value_text)}` });
      }
    } else if (row.value_max !== undefined) problems.push({ file, line, column: 'value_max', message: 'only a range has value_max' });
    const expected = row.value * reading.multiplier;
    if (!close(expected, row.value_base)) problems.push({ file, line, column: 'value_base', message: `is ${row.value_base}, expected ${expected} (${row.value} × ${reading.multiplier})` });
    const metric = metricById.get(row.metric);
    // A unit the pages cannot read in English would stop the build later, naming no row: named here.
    try { checkUnit(row); } catch (e) { problems.push({ file, line, column: 'unit_zh', message: (e as Error).message }); }
    if (metric && metric.base_unit !== row.base_unit) problems.push({ file, line, column: 'base_unit', message: `is ${row.base_unit}, but metric ${metric.metric_id} counts ${metric.base_unit}` });
    if (row.period_start !== undefined && row.period_end !== undefined && row.period_start > row.period_end) problems.push({ file, line, column: 'period_end', message: 'ends before it starts' });
  }
  return problems;
};
