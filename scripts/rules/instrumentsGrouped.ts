import type { Rule } from './context.ts';

/** Every instrument an item uses has its kind in instruments.csv, so every item counts in the instrument mix. */
export const instrumentsGrouped: Rule = ({ dataset }) => {
  const grouped = new Set<string>(dataset.instruments.map(({ row }) => row.instrument));
  const missing = new Map<string, number>();
  for (const { row, line } of dataset.measures) for (const i of row.instruments) if (!grouped.has(i) && !missing.has(i)) missing.set(i, line);
  return [...missing].map(([instrument, line]) => ({
    file: 'data/measures.csv', line, column: 'instruments', message: `instrument ${instrument} has no row in data/instruments.csv saying what kind of help it is`,
  }));
};
