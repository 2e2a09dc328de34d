import { measureCue } from '../text/measureCues.ts';
import { TIME_PER } from '../../src/schema/vocabulary.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

const isTimePer = (per: string | undefined) => per !== undefined && (TIME_PER as readonly string[]).includes(per);
/** The note that justifies a measure other than the clause's first cue. */
export const MEASURE_NOTE = 'measure:';

/**
 * Each figure's measure follows the first cue word of its clause (data/README.md), or its notes say
 * why not; a share is in percent or a ratio; a figure per year, half-year or quarter is per_period.
 */
export const measureCoding: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const spans = new Map(dataset.documents.map((d) => [d.row.doc_id, d.row.period_end > d.row.period_start]));
  for (const { row, line } of dataset.targets) {
    const file = 'data/targets.csv';
    const say = (column: string, message: string) => problems.push({ file, line, column, message });
    if (row.measure === 'share' && row.base_unit !== 'percent' && row.base_unit !== 'ratio') say('measure', `a share must be in percent or a ratio, not ${row.base_unit}`);
    if (row.measure === 'per_period' && !isTimePer(row.per)) say('per', `a per_period figure needs per (${TIME_PER.join('|')}), got ${row.per ?? 'none'}`);
    if (row.measure !== 'per_period' && isTimePer(row.per)) say('measure', `per ${row.per} makes the figure per_period, not ${row.measure}`);
    const cue = measureCue({
      quote: row.quote_zh, valueOffset: row.value_start - row.quote_start, valueLength: row.value_text.length,
      kind: row.kind, per: isTimePer(row.per) ? undefined : row.per, multiYear: spans.get(row.doc_id) ?? false,
    });
    if (cue?.measure === row.measure || row.notes?.startsWith(MEASURE_NOTE)) continue;
    say('measure', cue
      ? `is ${row.measure}, but the first cue of its ${cue.where} is ${JSON.stringify(cue.word)} (${cue.measure}): code ${cue.measure}, or say why in notes, starting "${MEASURE_NOTE}"`
      : `its clause has no cue word for any measure: say why it is ${row.measure} in notes, starting "${MEASURE_NOTE}"`);
  }
  return problems;
};
