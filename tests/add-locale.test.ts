// A new locale touches only src/i18n/locales.ts and one words file: a throwaway third locale from a
// fixture (traditional Chinese interface words converted from the simplified ones) is added to a copy
// of the project and built. Its pages carry their own lang and words, the language switch and the
// hreflang links list every locale, and source texts stay as written.
import { beforeAll, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { buildSite } from '../scripts/builtSite/buildSite.ts';
import { listFiles, listPages } from '../scripts/builtSite/site.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales.ts';

const fixture = JSON.parse(readFileSync('tests/fixtures/third-locale.json', 'utf8')) as { locale: Locale; languageName: string; readThisPage: string };
const third = fixture.locale;
const simplified = LOCALES.find((l) => l.data === 'zh')!;
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const root = mkdtempSync(join(tmpdir(), 'sc-locale-'));
const project = join(root, 'project');
const dist = join(root, 'dist');
const all: Locale[] = [...LOCALES, third];
const region = Papa.parse<{ region_id: string; name_zh: string }>(readFileSync('data/regions.csv', 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data[0];

beforeAll(() => {
  mkdirSync(project);
  for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(f, join(project, f));
  for (const d of ['src', 'scripts', 'public']) cpSync(d, join(project, d), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  // The whole diff: one row in locales.ts, and the words file.
  const locales = join(project, 'src/i18n/locales.ts');
  const table = readFileSync(locales, 'utf8');
  const end = '] as const satisfies readonly Locale[];';
  expect(table).toContain(end);
  writeFileSync(locales, table.replace(end, `  ${JSON.stringify(third)},\n${end}`));
  const words = toTraditional(readFileSync(`src/i18n/words/${simplified.id}.ts`, 'utf8'))
    .replace(/languageName: '[^']*'/, `languageName: '${fixture.languageName}'`)
    .replace(/readThisPage: '[^']*'/, `readThisPage: '${fixture.readThisPage}'`);
  writeFileSync(join(project, `src/i18n/words/${third.id}.ts`), words);
  const build = buildSite({ cwd: project, dataDir: resolve('data'), dist, siteJson: join(root, 'site.json') });
  expect(build.ok, build.output).toBe(true);
}, 300_000);

const doc = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const href = (l: Locale, path: string) => `/${l.prefix}${path}`;

test('the diff touches only locales.ts and one words file', () => {
  const changed = listFiles(join(project, 'src')).filter((f) => !f.startsWith('generated/')).filter((f) => {
    try { return readFileSync(join(project, 'src', f), 'utf8') !== readFileSync(join('src', f), 'utf8'); } catch { return true; }
  });
  expect(changed.sort()).toEqual(['i18n/locales.ts', `i18n/words/${third.id}.ts`].sort());
});

test('every page of every other locale exists in the new one, in its own html lang', () => {
  // This process knows only the project's locales: each page's locale is the longest prefix of all three.
  const localeOfPath = (path: string) => [...all].sort((x, y) => y.prefix.length - x.prefix.length).find((l) => path.startsWith(l.prefix))!;
  const pages = listPages(dist).map((p) => ({ ...p, locale: localeOfPath(p.path) }));
  const paths = (l: Locale) => pages.filter((p) => p.locale === l).map((p) => p.path.slice(l.prefix.length)).sort();
  expect(paths(third).length).toBeGreaterThan(20);
  for (const l of LOCALES) expect(paths(third)).toEqual(paths(l));
  for (const l of all) {
    const wrongLang = pages.filter((p) => p.locale === l).filter((p) => doc(p.path).documentElement.getAttribute('lang') !== l.htmlLang);
    expect(wrongLang.map((p) => p.path)).toEqual([]);
  }
});

test('its pages speak its own words, not another locale’s', () => {
  const own = doc(third.prefix);
  const fromSimplified = doc(simplified.prefix);
  const fromDefault = doc(DEFAULT_LOCALE.prefix);
  for (const selector of ['h1', '.site-header nav', '.site-footer']) {
    expect(text(own.querySelector(selector)), selector).toBe(toTraditional(text(fromSimplified.querySelector(selector))));
    expect(text(own.querySelector(selector)), selector).not.toBe(text(fromSimplified.querySelector(selector)));
    expect(text(own.querySelector(selector)), selector).not.toBe(text(fromDefault.querySelector(selector)));
  }
  // A chart CSV's headings are its words; an id's heading is its schema column's title_zh, data as written.
  const header = (l: Locale) => readFileSync(join(dist, `data/charts/timeline${l.csvSuffix}.csv`), 'utf8').split('\n')[0].split(',');
  const ids = header(DEFAULT_LOCALE).filter((h) => h.endsWith('_id')).length;
  expect(header(third).slice(ids)).toEqual(header(simplified).slice(ids).map((h) => toTraditional(h)));
  expect(header(third).slice(0, ids)).toEqual(header(simplified).slice(0, ids));
});

test.each(['', 'compare/', `regions/${region.region_id}/`])('/%s: the switch lists every other locale and hreflang links all of them plus x-default', (path) => {
  for (const l of all) {
    const page = doc(`${l.prefix}${path}`);
    const switches = [...page.querySelectorAll('a.lang-switch')].map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]);
    expect(switches).toEqual(all.filter((o) => o !== l).map((o) => [href(o, path), o.htmlLang]));
    const alternates = Object.fromEntries([...page.querySelectorAll('link[rel=alternate][hreflang]')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]));
    expect(alternates).toEqual({ ...Object.fromEntries(all.map((o) => [o.htmlLang, href(o, path)])), 'x-default': href(DEFAULT_LOCALE, path) });
  }
});

test('source texts, quotes and place names stay as written', () => {
  const own = doc(`${third.prefix}regions/${region.region_id}/`);
  const simplifiedPage = doc(`${simplified.prefix}regions/${region.region_id}/`);
  expect(text(own.querySelector('.source-text')).length).toBeGreaterThan(100);
  expect(text(own.querySelector('.source-text'))).toBe(text(simplifiedPage.querySelector('.source-text')));
  expect(text(own.querySelector('h1'))).toContain(region.name_zh);
});
