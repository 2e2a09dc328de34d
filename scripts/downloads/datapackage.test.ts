import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { dictionary } from '../../src/schema/dictionary.ts';
import { loadDataset } from '../data/load.ts';
import { dataPackage } from './datapackage.ts';

// The datapackage must describe the real files: check every row of data/ against it with a small
// independent reading of the Frictionless rules it uses.
const { dataset } = loadDataset('data');
const pkg = dataPackage('2026.11.22', dictionary(), dataset.documents.map((d) => d.row));
type Field = { name: string; type: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string }; trueValues?: string[]; falseValues?: string[] };
type Resource = { name: string; path: string; schema?: { fields: Field[]; primaryKey: string | string[]; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] } };
const resources = pkg.resources as Resource[];
const tabular = resources.filter((r) => r.schema);
const rowsOf = (path: string) => Papa.parse<Record<string, string>>(readFileSync(join('data', path), 'utf8'), { header: true, skipEmptyLines: 'greedy' });

function cellProblem(field: Field, value: string): string | undefined {
  if (value === '') return field.constraints?.required ? 'required but empty' : undefined;
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return 'not an integer';
  if (field.type === 'number' && Number.isNaN(Number(value))) return 'not a number';
  if (field.type === 'boolean' && ![...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(value)) return 'not a boolean';
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return 'not in enum';
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value)) return 'does not match pattern';
  return undefined;
}

describe('datapackage.json', () => {
  test('licence, version, and a resource for every table and every source text', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(tabular.map((r) => r.path).sort()).toEqual(Object.values(dictionary()).map((t) => t.file).sort());
    for (const d of dataset.documents) {
      expect(resources.map((r) => r.path)).toContain(d.row.raw_file);
      expect(resources.map((r) => r.path)).toContain(d.row.clean_file);
    }
  });

  test.each(tabular.map((r) => [r.name, r]))('%s: fields are the CSV header, in order', (_, resource) => {
    expect(resource.schema!.fields.map((f) => f.name)).toEqual(rowsOf(resource.path).meta.fields);
  });

  test.each(tabular.map((r) => [r.name, r]))('%s: every row meets the types, constraints and keys', (_, resource) => {
    const { data } = rowsOf(resource.path);
    const problems: string[] = [];
    data.forEach((row, i) => resource.schema!.fields.forEach((f) => {
      const p = cellProblem(f, row[f.name]);
      if (p) problems.push(`row ${i + 2} ${f.name}: ${p} (${row[f.name]})`);
    }));
    const key = [resource.schema!.primaryKey].flat();
    const keys = data.map((row) => key.map((k) => row[k]).join('\u0000'));
    expect(new Set(keys).size).toBe(keys.length);
    for (const fk of resource.schema!.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? resource : tabular.find((r) => r.name === fk.reference.resource)!;
      const known = new Set(rowsOf(target.path).data.map((r) => r[fk.reference.fields]));
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

  test('foreign keys follow the schemas’ references', () => {
    const targets = tabular.find((r) => r.name === 'targets')!;
    expect(targets.schema!.foreignKeys).toContainEqual({ fields: 'part_of', reference: { resource: '', fields: 'target_id' } });
    expect(targets.schema!.foreignKeys).toContainEqual({ fields: 'measure_id', reference: { resource: 'measures', fields: 'measure_id' } });
  });
});
