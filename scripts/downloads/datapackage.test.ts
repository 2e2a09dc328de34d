import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { derivedDictionary, dictionary, type DictionaryTable } from '../../src/schema/dictionary.ts';
import { loadDataset } from '../data/load.ts';
import { dataPackage } from './datapackage.ts';
import { parseCsvRows } from './excel.ts';
import { writeDownloads } from './write.ts';

// The datapackage must describe the real files: write the downloads, then check every row of every
// table file it declares (curated, Excel, headed in Chinese) with a small independent reading of the
// Frictionless rules it uses.
const out = mkdtempSync(join(tmpdir(), 'datapackage-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
writeDownloads('data', out);
const folder = join(out, 'data');
const { dataset } = loadDataset('data');
const documents = dataset.documents.map((d) => d.row);
const pkg = dataPackage('2026.11.22', dictionary(), documents);
const written = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8'));
type Field = { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string }; trueValues?: string[]; falseValues?: string[] };
type Resource = { name: string; path: string; encoding?: string; dialect?: { lineTerminator: string }; schema?: { fields: Field[]; primaryKey: string | string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] } };
const resources = written.resources as Resource[];
const tabular = resources.filter((r) => r.schema);

/** A declared table file as a reader would take it: its header and its rows keyed by the header. */
function read(resource: Resource) {
  const text = readFileSync(join(folder, resource.path), 'utf8');
  const [header, ...rows] = parseCsvRows(text); // drops a byte-order mark, as a utf-8 reader of Frictionless does
  return { text, header, data: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])) as Record<string, string>) };
}

function cellProblem(field: Field, value: string): string | undefined {
  if (value === '') return field.constraints?.required ? 'required but empty' : undefined;
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return 'not an integer';
  if (field.type === 'number' && Number.isNaN(Number(value))) return 'not a number';
  if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value)) return 'not a boolean';
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return 'not in enum';
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value)) return 'does not match pattern';
  return undefined;
}

const filesUnder = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(folder, join(dir, e.name))]));

describe('datapackage.json', () => {
  test('is the one the downloads hold, for their version', () => {
    expect(written.resources).toEqual(dataPackage(written.version, dictionary(), documents).resources);
  });

  test('licence, version, and a resource for every table and every source text', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(tabular.filter((r) => !r.name.match(/-zh$/)).map((r) => r.path).sort()).toEqual([...dictionary(), ...derivedDictionary()].map((t) => t.file).sort());
    for (const d of dataset.documents) {
      expect(resources.map((r) => r.path)).toContain(d.row.raw_file);
      expect(resources.map((r) => r.path)).toContain(d.row.clean_file);
    }
  });

  test('declares every table file and source text of the download folder but the Excel copies, and only files it holds', () => {
    const data = filesUnder(folder).filter((p) => (p.endsWith('.csv') && !p.endsWith('.excel.csv')) || p.startsWith('sources/'));
    expect(data.length).toBeGreaterThan(dictionary().length * 2);
    expect(resources.map((r) => r.path).sort()).toEqual(data.sort());
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
  });

  test.each(tabular.map((r) => [r.path, r]))('%s: fields are the CSV header, in order, and the line ends are as declared', (_, resource) => {
    const { text, header } = read(resource);
    expect(resource.schema!.fields.map((f) => f.name)).toEqual(header);
    const lineEnd = text.slice(text.indexOf('\n') - 1, text.indexOf('\n') + 1) === '\r\n' ? '\r\n' : '\n';
    expect(resource.dialect!.lineTerminator).toBe(lineEnd);
  });

  test.each(tabular.map((r) => [r.path, r]))('%s: every row meets the types, constraints and keys', (_, resource) => {
    const { data } = read(resource);
    expect(data.length).toBeGreaterThan(0);
    const problems: string[] = [];
    data.forEach((row, i) => resource.schema!.fields.forEach((f) => {
      const p = cellProblem(f, row[f.name]);
      if (p) problems.push(`row ${i + 2} ${f.name}: ${p} (${row[f.name]})`);
    }));
    const key = [resource.schema!.primaryKey].flat();
    expect(key.every((k) => resource.schema!.fields.some((f) => f.name === k))).toBe(true);
    const keys = data.map((row) => key.map((k) => row[k]).join('\u0000'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const fk of resource.schema!.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? resource : tabular.find((r) => r.name === fk.reference.resource)!;
      expect(target, fk.reference.resource).toBeDefined();
      const known = new Set(read(target).data.map((r) => r[fk.reference.fields]));
      expect(known.has(undefined as unknown as string), `${target.name} has no field ${fk.reference.fields}`).toBe(false);
      for (const row of data) if (row[fk.fields] !== '' && !known.has(row[fk.fields])) problems.push(`${fk.fields}=${row[fk.fields]} not in ${target.name}`);
    }
    expect(problems).toEqual([]);
  });

  test('a wrong value is caught by the constraints (the check above can fail)', () => {
    const measures = tabular.find((r) => r.name === 'measures')!;
    const itemType = measures.schema!.fields.find((f) => f.name === 'item_type')!;
    const instruments = measures.schema!.fields.find((f) => f.name === 'instruments')!;
    expect(cellProblem(itemType, 'promise')).toBeDefined();
    expect(cellProblem(instruments, 'loan;bribe')).toBeDefined();
    expect(cellProblem(instruments, 'loan;guarantee')).toBeUndefined();
  });

  test('foreign keys follow the schemas’ references, in each copy among its own kind', () => {
    const targets = tabular.find((r) => r.name === 'targets')!;
    expect(targets.schema!.foreignKeys).toContainEqual({ fields: 'part_of', reference: { resource: '', fields: 'target_id' } });
    expect(targets.schema!.foreignKeys).toContainEqual({ fields: 'measure_id', reference: { resource: 'measures', fields: 'measure_id' } });
    const zh = tabular.find((r) => r.name === 'targets-zh')!;
    const title = (table: string, column: string) => dictionary().find((t) => t.name === table)!.columns.find((c) => c.name === column)!.title_zh;
    expect(zh.schema!.foreignKeys).toContainEqual({ fields: title('targets', 'measure_id'), reference: { resource: 'measures-zh', fields: title('measures', 'measure_id') } });
  });

  test('the curated tables and texts are declared first and know nothing of the Chinese headers', () => {
    const declared = (tables: DictionaryTable[]) => dataPackage('2026.11.22', tables, documents).resources.slice(0, tables.length + documents.length * 2);
    const renamed = dictionary().map((t) => ({ ...t, columns: t.columns.map((c) => ({ ...c, title_zh: `${c.title_zh}改` })) }));
    expect(declared(renamed)).toEqual(declared(dictionary()));
    expect(declared(dictionary()).map((r) => r.path)).toEqual([...dictionary().map((t) => t.file), ...documents.flatMap((d) => [d.raw_file, d.clean_file])]);
    // …while the Chinese copies follow title_zh.
    const zhOf = (tables: DictionaryTable[]) => (dataPackage('2026.11.22', tables, documents).resources as Resource[]).find((r) => r.name === 'regions-zh')!.schema!.fields.map((f) => f.name);
    expect(zhOf(renamed)).not.toEqual(zhOf(dictionary()));
  });
});

// An independent reader: datapackage-js (Frictionless) reads every declared table, casting each cell to
// its declared type and checking its constraints, keys and foreign keys.
describe('datapackage-js reads the package', () => {
  test('every declared table resource, every row cast and checked, with no error', async () => {
    const { Package } = await import('datapackage');
    const dp = await Package.load(join(folder, 'datapackage.json'), { basePath: folder });
    expect(dp.errors).toEqual([]);
    const tables = dp.resources.filter((r) => r.tabular);
    expect(tables.map((r) => r.name).sort()).toEqual(tabular.map((r) => r.name).sort());
    const problems: string[] = [];
    for (const resource of tables) {
      try {
        const rows = await resource.read({ keyed: true, relations: true });
        if (rows.length === 0) problems.push(`${resource.name}: no rows`);
      } catch (e) {
        const err = e as Error & { errors?: Error[] };
        problems.push(`${resource.name}: ${err.message} ${(err.errors ?? []).slice(0, 3).map((x) => x.message).join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
