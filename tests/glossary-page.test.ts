// The glossary page: every term of data/glossary.csv, in every locale, with the places whose items use
// it linked to those items; every page's footer links to it.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { LOCALES } from '../src/i18n/locales.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const glossary = Papa.parse<Record<string, string>>(readFileSync('data/glossary.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const measures = Papa.parse<Record<string, string>>(readFileSync('data/measures.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

test.each(LOCALES.map((l) => [l.id, l.prefix]))('%s: every term, what it means, and links to the items that use it', (_id, prefix) => {
  const { document } = parseHTML(readFileSync(join(dist, prefix, 'glossary/index.html'), 'utf8'));
  const terms = [...document.querySelectorAll('.glossary dt')];
  expect(terms).toHaveLength(glossary.length);
  for (const [i, g] of glossary.entries()) {
    expect(terms[i].textContent).toContain(g.term_zh);
    expect(terms[i].textContent).toContain(g.term_en);
    const links = [...terms[i].nextElementSibling!.querySelectorAll('a')].map((a) => a.getAttribute('href')!.split('#m-')[1]);
    const using = measures.filter((m) => m.quote_zh.includes(g.term_zh)).map((m) => m.measure_id);
    expect(links.sort(), g.term_zh).toEqual(using.sort());
  }
});

test('every page’s footer links to the glossary', () => {
  for (const l of LOCALES) {
    const { document } = parseHTML(readFileSync(join(dist, l.prefix, 'index.html'), 'utf8'));
    expect([...document.querySelectorAll('.site-footer a')].some((a) => a.getAttribute('href')!.endsWith(`${l.prefix}glossary/`))).toBe(true);
  }
});
