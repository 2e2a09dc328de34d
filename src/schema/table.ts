import { z } from 'zod';

/** A curated table: its file in data/, its primary key, and the columns it references. */
export interface Table<S extends z.ZodObject = z.ZodObject> {
  name: string;
  file: string;
  title: string;
  description: string;
  title_zh: string;
  description_zh: string;
  /** Column(s) whose values are unique across the table. */
  key: readonly string[];
  /** column → table whose key it names (`;` lists are checked item by item). */
  references?: Record<string, string>;
  schema: S;
}

export const defineTable = <S extends z.ZodObject>(t: Table<S>): Table<S> => t;
export type Row<T extends Table> = z.output<T['schema']>;
