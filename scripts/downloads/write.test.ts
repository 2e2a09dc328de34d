import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { tables } from '../../src/schema/index.ts';
import { citation, excelFileOf } from '../../src/site/downloads.ts';
import { readCsv } from '../data/csv.ts';
import { writeDownloads, packageVersion } from './write.ts';
import { deterministicZip } from './zip.ts';

const dirs: string[] = [];
const fresh = () => { const d = mkdtempSync(join(tmpdir(), 'downloads-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

// Two builds at different clock times: nothing of "now" may reach the zip.
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
const first = fresh();
const a = writeDownloads('data', first);
vi.setSystemTime(new Date('2031-06-07T08:09:10Z'));
const second = fresh();
const b = writeDownloads('data', second);
vi.useRealTimers();
const version = packageVersion();
const zipBytes = readFileSync(a.zip);
const unzipped = unzipSync(zipBytes);
const folder = `shuangchuang-data-${version}`;
const rowsOf = (table: (typeof tables)[number]) => readCsv(table.file, readFileSync(join('data', table.file)), Object.keys(table.schema.shape)).records;
const documents = () => rowsOf(tables.find((t) => t.name === 'documents')!);

describe('downloads', () => {
  test('two builds give a byte-identical zip', () => {
    expect(a.zip.endsWith(`${folder}.zip`)).toBe(true);
    expect(Buffer.compare(zipBytes, readFileSync(b.zip))).toBe(0);
  });

  test('the zip does not depend on the order files are given in', () => {
    const entries = [{ path: 'b.txt', bytes: new Uint8Array([1]) }, { path: 'a.txt', bytes: new Uint8Array([2]) }];
    const when = new Date(2026, 10, 22);
    expect(Buffer.compare(deterministicZip('x', entries, when), deterministicZip('x', [...entries].reverse(), when))).toBe(0);
  });

  test.each(tables.map((t) => [t.file, t]))('%s: copied byte for byte and re-parses to the source rows', (file, table) => {
    const source = readFileSync(join('data', file));
    const copy = readFileSync(join(first, 'data', file));
    expect(Buffer.compare(copy, source)).toBe(0);
    const columns = Object.keys(table.schema.shape);
    const fromCopy = readCsv(file, copy, columns);
    expect(fromCopy.problems).toEqual([]);
    expect(fromCopy.records.length).toBeGreaterThan(0);
    expect(fromCopy.records.map((r) => table.schema.parse(r.values))).toEqual(readCsv(file, source, columns).records.map((r) => table.schema.parse(r.values)));
    expect(copy[0]).not.toBe(0xef); // no BOM
  });

  test('the zip holds every table, its Excel copy, the metadata, the licence and every source text', () => {
    const names = Object.keys(unzipped);
    expect(names.every((n) => n.startsWith(`${folder}/`))).toBe(true);
    const inZip = (p: string) => unzipped[`${folder}/${p}`];
    for (const t of tables) {
      expect(Buffer.compare(Buffer.from(inZip(t.file)), readFileSync(join('data', t.file)))).toBe(0);
      expect(inZip(excelFileOf(t.file))).toBeDefined();
    }
    for (const p of ['datapackage.json', 'data-dictionary.md', 'README.md', 'CURATION.md', 'LICENSE.txt', 'CHANGELOG.md']) expect(inZip(p), p).toBeDefined();
    expect(documents().length).toBeGreaterThan(1);
    for (const d of documents()) {
      for (const p of [d.values.raw_file, d.values.clean_file]) expect(Buffer.compare(Buffer.from(inZip(p)), readFileSync(join('data', p))), p).toBe(0);
    }
    // Everything in the zip is also served next to it, identically.
    for (const n of names) expect(Buffer.compare(Buffer.from(unzipped[n]), readFileSync(join(first, 'data', n.slice(folder.length + 1)))), n).toBe(0);
  });

  test('the README names the release, how to cite it and the licence', () => {
    const readme = new TextDecoder().decode(unzipped[`${folder}/README.md`]);
    expect(readme).toContain(version);
    expect(readme).toContain(citation(version, rowsOf(tables.find((t) => t.name === 'regions')!).length));
    expect(readme).toContain('CC BY 4.0');
    for (const t of tables) expect(readme).toContain(t.file);
  });

  test('the dictionary lists every column of every table, as the CSV headers have them', () => {
    const md = readFileSync(join(first, 'data', 'data-dictionary.md'), 'utf8');
    for (const t of tables) {
      const header = readFileSync(join('data', t.file), 'utf8').split('\n')[0].split(',');
      const section = md.slice(md.indexOf(`## ${t.title} (\`${t.file}\`)`));
      expect(section.length).toBeLessThan(md.length);
      for (const column of header) expect(section).toContain(`| \`${column}\` |`);
    }
  });

  test('nothing else is written: the output is the listed entries and the zip', () => {
    expect(existsSync(join(first, 'data', 'datapackage.json'))).toBe(true);
    expect(a.entries).toEqual(b.entries);
  });
});
