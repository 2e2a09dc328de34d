// The static API: /api/v1/ as JSON files, every record checked against its schema (src/schema/api.ts)
// before it is written. Tables come from the validated rows (typed), figures and items add their
// receipts, comparisons come from what derive wrote.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Dataset } from '../data/load.ts';
import type { SiteData } from '../../src/model/site.ts';
import { receiptPath, type ReceiptsData } from '../../src/model/receipts.ts';
import { API_ROOT, apiSchemas } from '../../src/schema/api.ts';
import { tables } from '../../src/schema/index.ts';

const checked = <S extends z.ZodType>(schema: S, value: unknown, what: string) => {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`API ${what}: ${result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return value;
};

export function writeApi(siteRoot: string, dataset: Dataset, site: SiteData, receipts: ReceiptsData, base = '/'): number {
  const root = join(siteRoot, API_ROOT);
  let files = 0;
  const put = (path: string, value: unknown) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), JSON.stringify(value));
    files += 1;
  };
  for (const t of tables) {
    const rows = (dataset as unknown as Record<string, { row: unknown }[]>)[t.name].map((r) => r.row);
    put(`tables/${t.name}.json`, checked(apiSchemas.table(t.name), rows, `tables/${t.name}`));
  }
  const receiptOf = new Map(receipts.receipts.map((r) => [`${r.table}/${r.id}`, r]));
  const changes = (table: string, id: string) => (receiptOf.get(`${table}/${id}`)?.changes ?? []).map(({ release, column, kind, reason_en, reason_zh }) => ({ release, column, kind, reason_en, reason_zh }));
  for (const t of site.targets) {
    const c = receiptOf.get(`targets/${t.target_id}`)?.compared ?? { status: 'no_comparison' as const };
    put(`figures/${t.target_id}.json`, checked(apiSchemas.figure, {
      ...t, receipt: `${base}${receiptPath('targets', t.target_id)}`, compared: c, changes: changes('targets', t.target_id),
    }, `figures/${t.target_id}`));
  }
  for (const m of site.measures) {
    put(`items/${m.measure_id}.json`, checked(apiSchemas.item, {
      ...m, receipt: `${base}${receiptPath('measures', m.measure_id)}`, figures: site.targets.filter((t) => t.measure_id === m.measure_id).map((t) => t.target_id), changes: changes('measures', m.measure_id),
    }, `items/${m.measure_id}`));
  }
  put('comparisons.json', site.comparisons.map((c, i) => checked(apiSchemas.comparison, c, `comparisons[${i}]`)));
  put('answers.json', site.answers.map((a, i) => checked(apiSchemas.answer, a, `answers[${i}]`)));
  put('index.json', checked(apiSchemas.index, {
    version: site.version, date: receipts.date, tables: tables.map((t) => `tables/${t.name}.json`),
    figures: 'figures/<target_id>.json', items: 'items/<measure_id>.json', comparisons: 'comparisons.json', answers: 'answers.json',
  }, 'index'));
  return files;
}
