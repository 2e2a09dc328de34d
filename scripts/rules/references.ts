import { tables } from '../../src/schema/index.ts';
import { fileOf } from '../data/load.ts';
import type { Rule } from './context.ts';

/**
 * Every id a row names resolves to a row of the table it refers to. Ids of rows already reported
 * (a row that failed its schema, or a file that could not be read) are not reported again here:
 * those problems are their cause.
 */
export const references: Rule = ({ dataset }) =>
  tables.flatMap((table) =>
    Object.entries(table.references ?? {}).flatMap(([column, target]) => {
      if (dataset.unreadable.has(target)) return [];
      const targetTable = tables.find((t) => t.name === target)!;
      const rows = dataset[target as keyof typeof dataset] as { row: Record<string, unknown> }[];
      const known = new Set(rows.map(({ row }) => String(row[targetTable.key[0]])));
      const reported = dataset.rejected.get(target) ?? new Set();
      return ((dataset as unknown as Record<string, unknown>)[table.name] as { row: Record<string, unknown>; line: number }[]).flatMap(({ row, line }) => {
        const value = row[column];
        const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
        return ids
          .filter((v) => !known.has(String(v)) && !reported.has(String(v)))
          .map((v) => ({ file: fileOf(table), line, column, message: `unknown ${target} id ${JSON.stringify(v)}` }));
      });
    }),
  );
