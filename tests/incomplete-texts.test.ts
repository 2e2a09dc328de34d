// A collected text that stops short of the published one (documents.csv incomplete_at) says so on
// its region page and on every receipt of its figures and items, in every language, quoting where
// it stops; a complete text says nothing of the kind. The validator keeps the offset inside the
// text and every quote before it.
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { LOCALES } from '../src/i18n/locales.ts';
import { brokenCopy } from './badInput.ts';

type Row = Record<string, string>;
const dist = process.env.DIST_DIR ?? 'dist';
const read = (file: string) => Papa.parse<Row>(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data;
const documents = read('documents.csv');
const incomplete = documents.filter((d) => d.incomplete_at);
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const lastWords = (d: Row) => {
  const before = readFileSync(join('data', d.clean_file), 'utf8').slice(0, Number(d.incomplete_at)).trimEnd();
  return before.slice(before.lastIndexOf('\n') + 1).slice(-20);
};

test('the data mark at least one collected text as incomplete (the pages below are checked on it)', () => {
  expect(incomplete.length).toBeGreaterThan(0);
});

describe.each(LOCALES.map((l) => [l.id, l] as const))('%s pages', (_id, locale) => {
  test.each(documents.map((d) => [d.doc_id, d] as const))('the region page of %s says whether its text is incomplete, and where it stops', (_doc, d) => {
    const doc = page(`${locale.prefix}regions/${d.region_id}/`);
    const said = doc.querySelector('[data-incomplete]');
    if (!d.incomplete_at) {
      expect(said).toBeNull();
      expect(doc.querySelector('[data-incomplete-end]')).toBeNull();
      return;
    }
    expect(said?.querySelector('q')?.textContent).toContain(lastWords(d));
    expect(said?.textContent?.replace(said.querySelector('q')!.textContent!, '').trim().length).toBeGreaterThan(5);
    // The note at the end of the text follows the text itself.
    const end = doc.querySelector('[data-incomplete-end]');
    expect(end).not.toBeNull();
    expect(end!.previousElementSibling?.classList.contains('source-text')).toBe(true);
  });

  test.each(incomplete.map((d) => [d.doc_id, d] as const))('every receipt of %s says its text is incomplete', (_doc, d) => {
    const receipts = [
      ...read('targets.csv').filter((t) => t.doc_id === d.doc_id).map((t) => `figures/${t.target_id}/`),
      ...read('measures.csv').filter((m) => m.doc_id === d.doc_id).map((m) => `items/${m.measure_id}/`),
    ];
    expect(receipts.length).toBeGreaterThan(0);
    for (const path of receipts) expect(page(`${locale.prefix}${path}`).querySelector('[data-incomplete] q')?.textContent, path).toContain(lastWords(d));
  });
});

test('a receipt of a complete text says nothing of the kind', () => {
  const complete = documents.find((d) => !d.incomplete_at);
  if (!complete) return;
  const figure = read('targets.csv').find((t) => t.doc_id === complete.doc_id)!;
  expect(page(`figures/${figure.target_id}/`).querySelector('[data-incomplete]')).toBeNull();
});

describe('validation', () => {
  const withStop = (at: (textLength: number, quoteEnd: number) => number) => {
    const copy = brokenCopy();
    const path = join(copy.data, 'documents.csv');
    const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: 'greedy' });
    const doc = parsed.data.find((d) => !d.incomplete_at) ?? parsed.data[0];
    const length = readFileSync(join(copy.data, doc.clean_file), 'utf8').length;
    const lastQuote = Math.max(...read('targets.csv').filter((t) => t.doc_id === doc.doc_id).map((t) => Number(t.quote_end)));
    doc.incomplete_at = String(at(length, lastQuote));
    writeFileSync(path, Papa.unparse({ fields: parsed.meta.fields!, data: parsed.data.map((r) => parsed.meta.fields!.map((f) => r[f])) }, { newline: '\n' }) + '\n');
    const line = parsed.data.indexOf(doc) + 2;
    return { ...spawnSync(process.execPath, ['scripts/validate.ts'], { env: { ...process.env, DATA_DIR: copy.data }, encoding: 'utf8' }), line, doc };
  };
  test('a stop past the end of the text is named', () => {
    const r = withStop((length) => length + 5);
    expect(r.stderr).toMatch(new RegExp(`data/documents\\.csv:${r.line}: incomplete_at: \\d+ is past the end of ${r.doc.clean_file}`));
  });
  test('a quote past where the text stops is named', () => {
    const r = withStop((_length, lastQuote) => lastQuote - 1);
    expect(r.stderr).toMatch(new RegExp(`data/targets\\.csv:\\d+: quote_end: \\d+ is past where the captured text of ${r.doc.doc_id} stops`));
  });
});
