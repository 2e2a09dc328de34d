import { tables } from '../../src/schema/index.ts';
import { fileOf } from '../data/load.ts';
import type { Rule } from './context.ts';

/** Every table's key is unique. */
export const uniqueKeys: Rule = ({ dataset }) =>
  tables.flatMap((table) => {
    const seen = new Map<string, number>();
    return ((dataset as unknown as Record<string, unknown>)[table.name] as { row: Record<string, unknown>; line: number }[]).flatMap(({ row, line }) => {
      const key = table.key.map((k) => String(row[k])).join(' / ');
      const first = seen.get(key);
      if (first === undefined) { seen.set(key, line); return []; }
      return [{ file: fileOf(table), line, column: table.key.join('+'), message: `duplicate id ${JSON.stringify(key)} (first on line ${first})` }];
    });
  });
