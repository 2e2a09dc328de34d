// The built downloads in Chinese (DIST_DIR or dist/): every table as <table>.zh.csv and
// <table>.zh.excel.csv headed by its schema's title_zh, with the English file's rows; every chart's
// .zh.csv headed in Chinese with the English file's rows; the English files as curated; the zip and
// the Chinese data page carrying them. A schema's title_zh changed without a rebuild fails here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { dictionary } from '../src/schema/dictionary.ts';
import { excelFileOf, tableFileIn, zipFileOf } from '../src/site/downloads.ts';
import { parseCsvRows, excelCsv } from '../scripts/downloads/excel.ts';
import { listFiles } from '../scripts/builtSite/site.ts';
import { loadDataset } from '../scripts/data/load.ts';
import { dataPackage } from '../scripts/downloads/datapackage.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const built = (path: string) => readFileSync(join(dist, 'data', path));
const HAN = /\p{Script=Han}/u;
const tables = dictionary();

describe.each(tables.map((t) => [t.file, t] as const))('%s', (file, table) => {
  const english = built(file);
  const zh = built(tableFileIn(file, 'zh')).toString('utf8');
  const zhExcel = built(excelFileOf(tableFileIn(file, 'zh'))).toString('utf8');
  const englishRows = parseCsvRows(english.toString('utf8'));

  test('the English file is the curated one, byte for byte, and its Excel copy is made from it', () => {
    expect(Buffer.compare(english, readFileSync(join('data', file)))).toBe(0);
    expect(built(excelFileOf(file)).toString('utf8')).toBe(excelCsv(english.toString('utf8')));
  });

  test('.zh.csv: headed by the schema’s title_zh in order, then the English file’s lines byte for byte', () => {
    const [header, ...rows] = parseCsvRows(zh);
    expect(header).toEqual(table.columns.map((c) => c.title_zh));
    expect(englishRows[0]).toEqual(table.columns.map((c) => c.name));
    expect(rows.length).toBe(englishRows.length - 1);
    expect(rows.length).toBeGreaterThan(0);
    const text = english.toString('utf8');
    expect(zh.slice(zh.indexOf('\n'))).toBe(text.slice(text.indexOf('\n')));
    expect(zh.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('.zh.excel.csv: the English Excel copy (BOM, CRLF, neutralised cells) under the same Chinese headers', () => {
    expect(zhExcel.charCodeAt(0)).toBe(0xfeff);
    expect(zhExcel.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsvRows(zhExcel);
    expect(header).toEqual(table.columns.map((c) => c.title_zh));
    expect(rows).toEqual(parseCsvRows(built(excelFileOf(file)).toString('utf8')).slice(1));
    expect(rows.length).toBe(englishRows.length - 1);
  });
});

test('every column has a Chinese header of its own in its table', () => {
  for (const t of tables) {
    const headers = t.columns.map((c) => c.title_zh);
    expect(headers.every((h) => HAN.test(h)), t.name).toBe(true);
    expect(new Set(headers).size, t.name).toBe(headers.length);
  }
});

test('the release zip holds every Chinese table file, as served', () => {
  const zip = unzipSync(built(zipFileOf(version)));
  const folder = zipFileOf(version).replace(/\.zip$/, '');
  for (const t of tables) {
    for (const f of [tableFileIn(t.file, 'zh'), excelFileOf(tableFileIn(t.file, 'zh'))]) {
      expect(zip[`${folder}/${f}`], f).toBeDefined();
      expect(Buffer.compare(Buffer.from(zip[`${folder}/${f}`]), built(f)), f).toBe(0);
    }
  }
});

test('the built datapackage.json is the one the schemas give, and declares every table file and text of the folder but the Excel copies', () => {
  const built = JSON.parse(readFileSync(join(dist, 'data', 'datapackage.json'), 'utf8'));
  const documents = loadDataset('data').dataset.documents.map((d) => d.row);
  expect(built.resources).toEqual(dataPackage(version, tables, documents).resources);
  const declared = (built.resources as { path: string }[]).map((r) => r.path).sort();
  // The Excel copies are for spreadsheets, not declared (the same tables, with a byte-order mark).
  const files = listFiles(join(dist, 'data')).filter((f) => (f.endsWith('.csv') && !f.endsWith('.excel.csv') && !f.includes('/')) || f.startsWith('sources/'));
  expect(declared).toEqual(files.filter((f) => !/\.(br|gz)$/.test(f)).sort());
});

describe('chart CSVs', () => {
  const charts = listFiles(dist).filter((f) => f.startsWith('data/charts/') && f.endsWith('.zh.csv'));
  test('there are Chinese chart CSVs, each beside its English one', () => {
    expect(charts.length).toBeGreaterThan(5);
    for (const f of charts) expect(existsSync(join(dist, f.replace(/\.zh\.csv$/, '.csv'))), f).toBe(true);
  });

  test.each(charts)('%s: Chinese headers, one per column, and the English file’s rows in number', (f) => {
    const [header, ...rows] = parseCsvRows(readFileSync(join(dist, f), 'utf8'));
    const [englishHeader, ...englishRows] = parseCsvRows(readFileSync(join(dist, f.replace(/\.zh\.csv$/, '.csv')), 'utf8'));
    expect(header.filter((h) => !HAN.test(h))).toEqual([]);
    expect(new Set(header).size).toBe(header.length);
    expect(header.length).toBe(englishHeader.length);
    expect(rows.length).toBe(englishRows.length);
    // The English headers are the stable keys scripts read: ids first.
    expect(englishHeader.every((h) => /^[a-z_]+$/.test(h))).toBe(true);
    const ids = englishHeader.filter((h) => h.endsWith('_id'));
    expect(englishHeader.slice(0, ids.length)).toEqual(ids);
    // Ids are codes in both files.
    for (let i = 0; i < ids.length; i++) expect(rows.map((r) => r[i])).toEqual(englishRows.map((r) => r[i]));
  });
});

describe.each([['data/', 'en'], ['zh/data/', 'zh']] as const)('/%s', (path, lang) => {
  const document = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
  const rows = [...document.querySelectorAll('table.data-tables tbody tr')];

  test('links each table headed in the page’s language first, then in the other, every link a built file', () => {
    expect(rows.length).toBe(tables.length);
    rows.forEach((row, i) => {
      const links = [...row.querySelectorAll('a[data-headers]')].map((a) => [a.getAttribute('data-headers'), a.getAttribute('href')]);
      const other = lang === 'zh' ? 'en' : 'zh';
      const files = (l: 'en' | 'zh') => [tableFileIn(tables[i].file, l), excelFileOf(tableFileIn(tables[i].file, l))].map((f) => [l, `/data/${f}`]);
      expect(links).toEqual([...files(lang), ...files(other)]);
      for (const [, href] of links) expect(existsSync(join(dist, href!)), href!).toBe(true);
    });
  });
});
