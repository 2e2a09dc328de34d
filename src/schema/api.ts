// The static API (/api/v1/): its files and the shape of each, written once here. The build checks
// every record it writes against these schemas, the data page documents them, and a committed list
// of fields (tests/fixtures/api-v1-fields.json) fails the tests if one disappears.
import { z } from 'zod';
import { dictionary } from './dictionary.ts';
import { NOT_COMPARED_REASONS, VIEWS } from '../model/site.ts';

export const API_VERSION = 'v1';
export const API_ROOT = `api/${API_VERSION}/`;

/** A row of a table, with the table's columns (values typed: numbers, booleans, lists as arrays). */
const rowOf = (name: string) => {
  const table = dictionary().find((t) => t.name === name)!;
  return z.object(Object.fromEntries(table.columns.map((c) => [c.name, c.required ? z.unknown() : z.unknown().optional()])));
};

const change = z.object({ release: z.string(), column: z.string(), kind: z.string(), reason_en: z.string(), reason_zh: z.string() });
const compared = z.object({
  status: z.enum(['drawn', 'not_compared', 'no_comparison']),
  definition: z.string().optional(),
  reason: z.enum(NOT_COMPARED_REASONS).optional(),
});

export const apiSchemas = {
  /** tables/<table>.json: every row of a table, as an array. */
  table: (name: string) => z.array(rowOf(name)),
  /** figures/<target_id>.json: a figure's row, where its receipt is, whether it is compared, its changes. */
  figure: rowOf('targets').extend({ receipt: z.string(), compared, changes: z.array(change) }),
  /** items/<measure_id>.json: an item's row, its receipt, its figures' ids and its changes. */
  item: rowOf('measures').extend({ receipt: z.string(), figures: z.array(z.string()), changes: z.array(change) }),
  /** comparisons.json: each comparison of like with like, its views, rows and what is not compared. */
  comparison: z.object({
    definition: z.string(), metric: z.string(), measure: z.string(), views: z.array(z.enum(VIEWS)),
    rows: z.array(z.object({ region_id: z.string(), status: z.string(), target_id: z.string().optional() }).passthrough()),
    notCompared: z.array(z.object({ region_id: z.string(), target_id: z.string(), reason: z.enum(NOT_COMPARED_REASONS) }).passthrough()),
    findings: z.array(z.object({ view: z.string(), qualifier: z.string(), leaders: z.array(z.string()) }).passthrough()),
  }),
  /** answers.json: every place's answer to every question of the codebook, the rows behind it and the words they quote. */
  answer: z.object({
    question_id: z.string(), region_id: z.string(), doc_id: z.string(), answers: z.array(z.string()).min(1),
    measure_ids: z.array(z.string()), target_ids: z.array(z.string()),
    quotes: z.array(z.object({ answer: z.string(), measure_id: z.string(), start: z.number(), end: z.number(), quote_zh: z.string() })),
    facts: z.object({}).passthrough().optional(),
  }),
  /** index.json: the release, and every file of the API. */
  index: z.object({ version: z.string(), date: z.string(), tables: z.array(z.string()), figures: z.string(), items: z.string(), comparisons: z.string(), answers: z.string() }),
};

/** Every field of every kind of API record, by kind: what the committed list is checked against. */
export function apiFields(): Record<string, string[]> {
  const keys = (s: z.ZodObject) => Object.keys(s.shape).sort();
  return {
    ...Object.fromEntries(dictionary().map((t) => [`tables/${t.name}`, keys(rowOf(t.name))])),
    figure: keys(apiSchemas.figure), item: keys(apiSchemas.item), comparison: keys(apiSchemas.comparison), answer: keys(apiSchemas.answer), index: keys(apiSchemas.index),
  };
}
