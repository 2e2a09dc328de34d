// The static API as built: every file parses and matches its schema, no field of the committed v1
// list has disappeared, and the data page's Python and JavaScript snippets run against it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';

/** Runs a program without blocking this process, whose server the program reads from. */
const run = (cmd: string, args: string[]) => new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
  execFile(cmd, args, { encoding: 'utf8' }, (error, stdout, stderr) => done({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }));
});
import { API_ROOT, apiFields, apiSchemas } from '../src/schema/api.ts';
import { apiSnippets } from '../src/site/apiSnippets.ts';
import { serveStatic, type StaticServer } from '../scripts/server/static.ts';
import { validateData } from '../scripts/data/validate.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const api = join(dist, API_ROOT);
const read = (path: string) => JSON.parse(readFileSync(join(api, path), 'utf8'));
const committed = JSON.parse(readFileSync('tests/fixtures/api-v1-fields.json', 'utf8')) as Record<string, string[]>;
const { dataset } = validateData(process.env.DATA_DIR ?? 'data');

test('no field of the committed v1 list has disappeared from the schemas', () => {
  const now = apiFields();
  const gone = Object.entries(committed).flatMap(([kind, fields]) => fields.filter((f) => !(now[kind] ?? []).includes(f)).map((f) => `${kind}.${f}`));
  expect(gone).toEqual([]);
});

describe('the built files', () => {
  test('every table is there, one record per row, each with the fields of the list', () => {
    for (const kind of Object.keys(committed).filter((k) => k.startsWith('tables/'))) {
      const rows = read(`${kind}.json`) as Record<string, unknown>[];
      expect(apiSchemas.table(kind.slice('tables/'.length)).safeParse(rows).success, kind).toBe(true);
      const table = kind.slice('tables/'.length) as keyof typeof dataset;
      expect(rows.length, kind).toBe((dataset[table] as unknown[]).length);
    }
  });
  test('a file per figure and per item, matching its schema, pointing to its receipt', () => {
    for (const { row } of dataset.targets) {
      const f = read(`figures/${row.target_id}.json`);
      expect(apiSchemas.figure.safeParse(f).success, row.target_id).toBe(true);
      for (const field of committed.figure) if (!['value_max', 'per', 'part_of', 'period_start', 'period_end', 'notes', 'scope_note_en', 'scope_note_zh'].includes(field)) expect(f, `${row.target_id}.${field}`).toHaveProperty(field);
      expect(existsSync(join(dist, f.receipt, 'index.html')), f.receipt).toBe(true);
    }
    for (const { row } of dataset.measures) expect(apiSchemas.item.safeParse(read(`items/${row.measure_id}.json`)).success, row.measure_id).toBe(true);
    expect(readdirSync(join(api, 'figures')).filter((f) => f.endsWith('.json'))).toHaveLength(dataset.targets.length);
  });
  test('the comparisons and the index', () => {
    for (const c of read('comparisons.json')) expect(apiSchemas.comparison.safeParse(c).success).toBe(true);
    const index = read('index.json');
    expect(apiSchemas.index.safeParse(index).success).toBe(true);
    for (const t of index.tables) expect(existsSync(join(api, t)), t).toBe(true);
  });
});

describe('the data page’s snippets run', () => {
  let server: StaticServer;
  let work: string;
  beforeAll(async () => { server = await serveStatic(dist); work = mkdtempSync(join(tmpdir(), 'snippets-')); });
  afterAll(async () => { await server.close(); rmSync(work, { recursive: true, force: true }); });
  const counts = () => Object.fromEntries(['target', 'outcome', 'budget', 'rule'].map((k) => [k, dataset.targets.filter((t) => t.row.kind === k).length]).filter(([, n]) => n));

  test('JavaScript', async () => {
    const file = join(work, 'snippet.mjs');
    writeFileSync(file, apiSnippets(server.url).javascript);
    const r = await run(process.execPath, [file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/target: \d+/);
    for (const [kind, n] of Object.entries(counts())) expect(r.stdout).toContain(`${kind}: ${n}`);
  });

  test('Python with pandas (the system python3)', async () => {
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const r = await run(python, ['-c', apiSnippets(server.url).python]);
    expect(r.status, r.stderr).toBe(0);
    for (const [kind, n] of Object.entries(counts())) expect(r.stdout).toMatch(new RegExp(`${kind}\\s+${n}\\b`));
  });
});
