// Every built page, in every language: Chinese on English pages sits in an element marked zh-…,
// English on Chinese pages sits in lang="en", <code> or <pre> (or is a format name on the short
// allow-list), and Chinese pages have no half-width , ; : ( ) ? ! in Chinese context.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from '../scripts/builtSite/site.ts';
import { languageProblems } from '../scripts/builtSite/languages.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = listPages(dist);

test.each(LOCALES.map((l) => [l.id, l.htmlLang] as const))('%s pages: every run of text is marked with its language', (id, htmlLang) => {
  const own = pages.filter((p) => p.lang === id);
  expect(own.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const p of own) {
    const html = readFileSync(join(dist, p.file), 'utf8');
    expect(html, p.file).toContain(`<html lang="${htmlLang}"`);
    for (const pr of languageProblems(html, htmlLang)) problems.push(`${p.path || '(home)'}: ${pr.kind}: ${JSON.stringify(pr.text)}`);
  }
  // One line per kind of problem and page type is enough to find the template that writes it.
  expect(problems.slice(0, 40)).toEqual([]);
});
