// The data dictionary, generated from the table schemas. The dictionary page, the markdown in the
// downloads and datapackage.json all read this, so the schemas stay the only list of columns.
import type { z } from 'zod';
import { tables } from './index.ts';
import { answersTable } from './answers.ts';
import { columnMeta, type ColumnMeta } from './columns.ts';
import type { Table } from './table.ts';

export interface DictionaryColumn extends ColumnMeta {
  name: string;
  /** Table whose key this column names (each item of a `;` list, for list columns). */
  references?: string;
}

/** A table as the dictionary describes it: its words and key, and its columns instead of its schema. */
export interface DictionaryTable extends Pick<Table, 'name' | 'file' | 'title' | 'description' | 'title_zh' | 'description_zh' | 'key'> {
  columns: DictionaryColumn[];
}

export function describeTable(table: Table): DictionaryTable {
  const columns = Object.entries(table.schema.shape).map(([name, schema]): DictionaryColumn => {
    const meta = columnMeta(schema as z.ZodType);
    if (!meta) throw new Error(`${table.name}.${name} was not declared with a column codec (src/schema/columns.ts), so it has no description`);
    return { name, ...meta, references: table.references?.[name] };
  });
  // The Chinese downloads are read by their headers: each must exist and name one column only.
  const headers = columns.map((c) => c.title_zh?.trim() ?? '');
  const bad = columns.find((c, i) => headers[i] === '' || headers.indexOf(headers[i]) !== i);
  if (bad) throw new Error(`${table.name}.${bad.name} needs a Chinese header (title_zh) of its own: "${bad.title_zh ?? ''}"`);
  const { name, file, title, description, title_zh, description_zh, key } = table;
  return { name, file, title, description, title_zh, description_zh, key, columns };
}

/** Every table of data/, in the order of `tables`. */
export const dictionary = (): DictionaryTable[] => tables.map((t) => describeTable(t as unknown as Table));

/** Tables the build derives and publishes beside the curated ones (never edited by hand). */
export const derivedDictionary = (): DictionaryTable[] => [answersTable].map((t) => describeTable(t as unknown as Table));
