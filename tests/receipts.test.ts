// A receipt for every figure and item, in every language: the figure as written in its sentence,
// coded in words (never codes), its comparison status, its citation in four formats and a way to
// report an error; every figure and item listed on region, theme and chart pages links to it.
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { LOCALES } from '../src/i18n/locales.ts';
import { validateData } from '../scripts/data/validate.ts';
import { receiptPath } from '../src/model/receipts.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const { dataset } = validateData(process.env.DATA_DIR ?? 'data');
const targets = dataset.targets.map((t) => t.row);
const measures = dataset.measures.map((m) => m.row);
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const RAW_CODES = /\b(gte|lte|approx|new_in_period|stock_at_end|whole_place|per_period)\b/;

describe.each(LOCALES.map((l) => [l.id, l.prefix] as const))('%s receipts', (_id, prefix) => {
  test('every figure has a receipt: as written, in its sentence, coded in words, compared or not, citable', () => {
    for (const t of targets) {
      const path = `${prefix}${receiptPath('targets', t.target_id)}`;
      const doc = page(path);
      expect(doc.querySelector('.as-written')?.textContent, path).toBe(t.value_text);
      expect(doc.querySelector('.receipt-quote mark')?.textContent, path).toBe(t.value_text);
      expect(doc.querySelector('[data-compared]')?.textContent?.trim().length, `${path}: compared?`).toBeGreaterThan(3);
      expect(doc.querySelector('.receipt-facts')!.textContent, `${path}: no codes`).not.toMatch(RAW_CODES);
      for (const format of ['bibtex', 'ris', 'csl']) expect(doc.querySelector(`code[data-format="${format}"]`)?.textContent, `${path} ${format}`).toContain(t.target_id);
      expect(doc.querySelector('.citation-apa')?.textContent).toContain(t.target_id);
      expect(doc.querySelector('main a.report-link, .report-link'), `${path}: report`).toBeTruthy();
      expect(existsSync(join(dist, `${prefix}embed/figure/${t.target_id}/index.html`)), `${path}: quote card`).toBe(true);
    }
  });

  test('every item has a receipt with its text highlighted and its figures linked', () => {
    for (const m of measures) {
      const path = `${prefix}${receiptPath('measures', m.measure_id)}`;
      const doc = page(path);
      expect(doc.querySelector('.receipt-quote mark')?.textContent?.length, path).toBeGreaterThan(0);
      const linked = [...doc.querySelectorAll('#figures + ul a')].map((a) => a.getAttribute('href'));
      for (const t of targets.filter((x) => x.measure_id === m.measure_id)) expect(linked.some((h) => h?.endsWith(receiptPath('targets', t.target_id))), `${path}: ${t.target_id}`).toBe(true);
    }
  });

  test('region pages link every figure and item to its receipt', () => {
    for (const r of dataset.regions.map((x) => x.row)) {
      const doc = page(`${prefix}regions/${r.region_id}/`);
      const hrefs = new Set([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      const docIds = new Set(dataset.documents.filter((d) => d.row.region_id === r.region_id).map((d) => d.row.doc_id));
      for (const t of targets.filter((x) => docIds.has(x.doc_id))) expect(hrefs.has(`/${prefix}${receiptPath('targets', t.target_id)}`), t.target_id).toBe(true);
      for (const m of measures.filter((x) => docIds.has(x.doc_id) && x.item_type === 'action')) expect(hrefs.has(`/${prefix}${receiptPath('measures', m.measure_id)}`), m.measure_id).toBe(true);
    }
  });
});

test('without a site address, the citation says its address is relative to the site', () => {
  const doc = page(receiptPath('targets', targets[0].target_id));
  if (process.env.SITE_URL) expect(doc.querySelector('[data-citation-relative]')).toBeNull();
  else expect(doc.querySelector('[data-citation-relative]')).toBeTruthy();
});

test('without a report address, "report an error" leads to a page saying what to send and that none is configured', () => {
  const doc = page('');
  expect(doc.querySelector('.report-link')?.getAttribute('href')).toBe('/report/');
  expect(page('report/').querySelector('[data-report-unconfigured]')).toBeTruthy();
  expect(page('zh/report/').querySelector('[data-report-unconfigured]')).toBeTruthy();
});
