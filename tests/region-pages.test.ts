// Every built region page, in every language: the heading is the place's name alone, the page opens
// with three to five generated statements, and every figure in the text leads back to its table row.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { LOCALES } from '../src/i18n/locales.ts';
import { validateData } from '../scripts/data/validate.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const dataDir = process.env.DATA_DIR ?? 'data';
const regions = validateData(dataDir).dataset.regions.map((r) => r.row);

describe.each(LOCALES.flatMap((l) => regions.map((r) => [`${l.prefix}regions/${r.region_id}/`, l.data, r] as const)))('%s', (path, lang, region) => {
  const { document } = parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8'));

  test('its heading is the place’s name, not repeated with the document title', () => {
    expect(document.querySelector('h1')!.textContent!.trim()).toBe(lang === 'zh' ? region.name_zh : region.name_en);
  });

  test('it opens with three to five statements about the place, before the tables', () => {
    const items = [...document.querySelectorAll('ul.region-summary > li')];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    for (const li of items) expect(li.textContent!.trim().length).toBeGreaterThan(10);
    const summary = document.querySelector('ul.region-summary')!;
    const table = document.querySelector('table.figures-table');
    if (table) expect(summary.compareDocumentPosition(table) & 4, 'the table comes after').toBeTruthy();
  });

  test('every figure in the text links back to its row of the table, and every row to the figure', () => {
    const marks = [...document.querySelectorAll('.source-text mark.figure[id]')];
    for (const mark of marks) {
      const back = mark.nextElementSibling;
      expect(back?.classList.contains('back-to-figure'), mark.id).toBe(true);
      expect(document.getElementById(back!.getAttribute('href')!.slice(1)), `${mark.id}: row`).toBeTruthy();
    }
    for (const row of document.querySelectorAll('table.figures-table tbody tr')) {
      const link = row.querySelector('td a[href^="#t-"]')!;
      expect(document.getElementById(link.getAttribute('href')!.slice(1)), row.id).toBeTruthy();
      // Each cell names its column, for the stacked layout on a phone.
      for (const td of row.querySelectorAll('td')) expect(td.getAttribute('data-label')).toBeTruthy();
    }
  });
});
