import type { Rule } from './context.ts';

/** Places are told apart on every chart: each has its own position, colours and symbol. */
export const placesDistinct: Rule = ({ dataset }) =>
  (['order', 'colour_light', 'colour_dark', 'symbol'] as const).flatMap((column) => {
    const seen = new Map<string, { id: string; line: number }>();
    return dataset.regions.flatMap(({ row, line }) => {
      const value = String(row[column]).toLowerCase();
      const first = seen.get(value);
      if (!first) { seen.set(value, { id: row.region_id, line }); return []; }
      return [{ file: 'regions.csv', line, column, message: `${JSON.stringify(row[column])} is already used by ${first.id} (line ${first.line}): each place needs its own` }];
    });
  });
