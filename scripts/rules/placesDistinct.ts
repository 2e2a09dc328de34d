import type { Rule } from './context.ts';
import { PLACE_SYMBOLS } from '../../src/schema/vocabulary.ts';

/**
 * Places are told apart on every chart: each has its own position and colours, and its own symbol
 * while there are no more places than symbols (beyond that, colour and symbol together tell them apart).
 */
export const placesDistinct: Rule = ({ dataset }) => {
  const columns = dataset.regions.length > PLACE_SYMBOLS.length ? (['order', 'colour_light', 'colour_dark'] as const) : (['order', 'colour_light', 'colour_dark', 'symbol'] as const);
  return columns.flatMap((column) => {
    const seen = new Map<string, { id: string; line: number }>();
    return dataset.regions.flatMap(({ row, line }) => {
      const value = String(row[column]).toLowerCase();
      const first = seen.get(value);
      if (!first) { seen.set(value, { id: row.region_id, line }); return []; }
      return [{ file: 'data/regions.csv', line, column, message: `${JSON.stringify(row[column])} is already used by ${first.id} (line ${first.line}): each place needs its own` }];
    });
  });
};
