// What curators' tools save is accepted: every table read with CRLF line endings, a BOM, a trailing
// blank line or no final newline gives the same rows on the same lines, and the build publishes
// each table with LF line endings and no BOM, as the downloads' README says.
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tables } from '../src/schema/index.ts';
import { loadDataset } from '../scripts/data/load.ts';
import { validateData } from '../scripts/data/validate.ts';
import { readCsv } from '../scripts/data/csv.ts';
import { writeDownloads } from '../scripts/downloads/write.ts';
import { brokenCopy } from './badInput.ts';

const original = loadDataset('data').dataset;
const rowsOf = (dataset: typeof original, name: string) => (dataset as unknown as Record<string, unknown>)[name];

// Record-ending line breaks only: a line break inside a quoted field is data and stays as it is.
const toCrlf = (text: string) => {
  let out = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    out += ch === '\n' && !quoted ? '\r\n' : ch;
  }
  return out;
};
const variants: Record<string, (text: string) => string> = {
  'CRLF line endings': toCrlf,
  'a byte-order mark': (t) => `\ufeff${t}`,
  'a trailing blank line': (t) => `${t}\n`,
  'no final newline': (t) => t.replace(/\n$/, ''),
};

describe.each(tables.map((t) => [t.file, t] as const))('%s', (file, table) => {
  test.each(Object.keys(variants))('is read the same with %s', (variant) => {
    const copy = brokenCopy();
    copy.edit(file, variants[variant]);
    const { dataset, problems } = loadDataset(copy.data);
    expect(problems).toEqual([]);
    expect(rowsOf(dataset, table.name)).toEqual(rowsOf(original, table.name));
  });
});

test('a data folder saved entirely with CRLF and BOMs passes every rule, and is published with LF and no BOM', () => {
  const copy = brokenCopy();
  for (const t of tables) copy.edit(t.file, (text) => `\ufeff${toCrlf(text)}`);
  const { dataset, problems } = validateData(copy.data, undefined, { keepFiles: true });
  expect(problems).toEqual([]);
  const out = join(copy.root, 'out');
  writeDownloads(dataset, out);
  for (const t of tables) {
    const published = readFileSync(join(out, 'data', t.file));
    expect(published.includes(0x0d), `${t.file} has a CR`).toBe(false);
    expect(published[0], `${t.file} starts with a BOM`).not.toBe(0xef);
    const columns = Object.keys(t.schema.shape);
    expect(readCsv(t.file, published, columns).records.map((r) => r.values)).toEqual(readCsv(t.file, readFileSync(join('data', t.file)), columns).records.map((r) => r.values));
  }
});

test('a table already in LF without a BOM is published byte for byte', () => {
  const copy = brokenCopy();
  writeFileSync(join(copy.data, 'themes.csv'), readFileSync('data/themes.csv'));
  const out = join(copy.root, 'out');
  writeDownloads(loadDataset(copy.data, { keepFiles: true }).dataset, out);
  expect(Buffer.compare(readFileSync(join(out, 'data', 'themes.csv')), readFileSync('data/themes.csv'))).toBe(0);
});
