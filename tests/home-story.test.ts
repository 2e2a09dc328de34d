// The built home page tells the findings derive wrote, in their order, in every language: each with
// its own anchor, its proof (a chart or a table) and a link to the sentences it rests on; the about
// page writes out every finding's rule and check, linked to the finding.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { LOCALES } from '../src/i18n/locales.ts';
import { STORY_FINDINGS, type SiteData } from '../src/model/site.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const site = JSON.parse(readFileSync(process.env.SITE_JSON ?? 'src/generated/site.json', 'utf8')) as SiteData;
const open = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;

test.each(LOCALES.map((l) => [l.id, l.prefix]))('%s home: every finding, in order, with its anchor, its proof and its sentences', (_id, prefix) => {
  const doc = open(prefix);
  const sections = [...doc.querySelectorAll('section.finding')];
  expect(sections.map((s) => s.id)).toEqual(site.story.map((f) => f.id));
  expect(sections.length).toBeGreaterThan(0);
  for (const s of sections) {
    expect(s.querySelector('.finding-sentence')?.textContent?.trim(), s.id).toBeTruthy();
    expect(s.querySelectorAll('figure.chart, table').length, `${s.id}: proof`).toBeGreaterThan(0);
    const sentences = [...s.querySelectorAll('.finding-sources a, table a')].map((a) => a.getAttribute('href') ?? '').filter((h) => /\/(figures|items)\/|#text$/.test(h));
    expect(sentences.length, `${s.id}: a link to a sentence`).toBeGreaterThan(0);
    expect([...s.querySelectorAll('a')].some((a) => a.getAttribute('href') === `#${s.id}`), `${s.id}: its own link`).toBe(true);
  }
  // The first finding leads the page, its proof right after it.
  expect(sections[0].querySelector('.finding-sentence')?.classList.contains('lead-finding')).toBe(true);
});

test.each(LOCALES.map((l) => [l.id, l.prefix]))('%s about page: every finding’s rule and check, linked to the finding', (_id, prefix) => {
  const doc = open(`${prefix}about/`);
  const rules = [...doc.querySelectorAll('[data-finding-rule]')];
  expect(rules.map((r) => r.getAttribute('data-finding-rule'))).toEqual([...STORY_FINDINGS]);
  for (const r of rules) {
    expect(r.querySelector('a')?.getAttribute('href')).toBe(`/${prefix}#${r.getAttribute('data-finding-rule')}`);
    expect([...r.querySelectorAll('dd')].map((d) => d.textContent!.trim()).filter(Boolean).length).toBe(2);
  }
});
