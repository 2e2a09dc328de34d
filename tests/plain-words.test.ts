// Every page a reader lands on (all but embeds and quote cards; the API is JSON, not pages), in every
// language: none of the insider words of scripts/builtSite/insiderWords.ts, and under every chart on
// every page one line saying how to read it.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listPages } from '../scripts/builtSite/site.ts';
import { insiderWords } from '../scripts/builtSite/insiderWords.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = listPages(dist);
/** Pages made to stand inside someone else's page, not landed on. */
const NOT_LANDED_ON = new Set(['embed', 'embed-question', 'quote-card']);

test.each(LOCALES.map((l) => [l.id]))('%s: no reader page speaks of the build, its settings or the data’s columns', (id) => {
  const own = pages.filter((p) => p.lang === id && !NOT_LANDED_ON.has(p.type) && !p.path.includes('api/'));
  expect(own.length).toBeGreaterThan(0);
  expect(new Set(own.map((p) => p.type))).toContain('home');
  const problems: string[] = [];
  for (const p of own) for (const x of insiderWords(readFileSync(join(dist, p.file), 'utf8'), p.type)) problems.push(`${p.path || '(home)'}: ${x.what}: ${x.text}`);
  expect(problems.slice(0, 30)).toEqual([]);
});

test.each(LOCALES.map((l) => [l.id]))('%s: every chart on every page has one line on how to read it', (id) => {
  const missing: string[] = [];
  let charts = 0;
  for (const p of pages.filter((x) => x.lang === id)) {
    const { document } = parseHTML(readFileSync(join(dist, p.file), 'utf8'));
    for (const figure of document.querySelectorAll('figure.chart')) {
      charts++;
      const lines = [...figure.querySelectorAll('.chart-how-to-read')].map((e) => e.textContent!.trim()).filter(Boolean);
      if (lines.length !== 1) missing.push(`${p.path || '(home)'} ${figure.getAttribute('data-chart-id')}: ${lines.length} lines`);
    }
  }
  expect(charts).toBeGreaterThan(0);
  expect(missing).toEqual([]);
});
