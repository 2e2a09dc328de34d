// Data text is never injected as HTML: a copy of data/ with markup in some text cells is built, and
// the pages carry the markup as escaped text, in the HTML files and in the browser (also where a
// script renders data, as search results do).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';
import { listPages } from '../../scripts/builtSite/site.ts';
import { buildSite } from '../../scripts/builtSite/buildSite.ts';

const SCRIPT = '<script>alert(1)</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';
const work = mkdtempSync(join(tmpdir(), 'injection-'));
const data = join(work, 'data');
const dist = join(work, 'dist');
let session: Session;
let measure: Record<string, string>;
let theme: Record<string, string>;

/** Rewrites one CSV of the copy, changing the first row that `pick` selects. */
function editCsv(file: string, pick: (row: Record<string, string>) => boolean, edit: (row: Record<string, string>) => void) {
  const path = join(data, file);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const row = parsed.data.find(pick);
  if (!row) throw new Error(`no row to edit in ${file}`);
  edit(row);
  writeFileSync(path, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields, newline: '\n' })}\n`);
  return row;
}

beforeAll(async () => {
  // Markup written into the data is an edit, not a release: the copy leaves the frozen releases behind.
  cpSync('data', data, { recursive: true, filter: (source) => !source.endsWith(`${sep}releases`) });
  measure = editCsv('measures.csv', (r) => r.item_type === 'action', (r) => { r.title_en = `Loans ${SCRIPT}`; r.summary_en = `Summary ${ATTRIBUTE} end`; });
  theme = editCsv('themes.csv', (r) => r.theme_id === measure.themes.split(';')[0], (r) => { r.name_en = `Theme ${ATTRIBUTE} ${SCRIPT}`; });
  const build = buildSite({ dist, siteJson: join(work, 'site.json'), dataDir: data });
  if (!build.ok) throw new Error(`the build of the edited data failed: ${build.output}`);
  session = await openSession(dist);
}, 300_000);
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

const injected = (document: Document) => [
  ...[...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').map(() => '<img src=x>'),
  ...[...document.querySelectorAll('[onerror]')].map((e) => `<${e.localName} onerror>`),
  ...[...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert(1)')).map(() => '<script>alert(1)'),
];

test('every built page carries the markup as text, never as elements', () => {
  const pages = listPages(dist);
  const found: string[] = [];
  const showing = new Set<string>();
  for (const p of pages) {
    const { document } = parseHTML(readFileSync(join(dist, p.file), 'utf8'));
    found.push(...injected(document).map((x) => `${p.path}: ${x}`));
    const text = document.documentElement.textContent ?? '';
    if (text.includes(SCRIPT)) showing.add(`${p.path} script`);
    if (text.includes(ATTRIBUTE)) showing.add(`${p.path} attribute`);
  }
  expect(found).toEqual([]);
  // The edited cells did reach the pages, as text: the region page of the measure and the theme page.
  const region = measure.measure_id.split('-')[0];
  expect([...showing]).toEqual(expect.arrayContaining([`regions/${region}/ script`, `regions/${region}/ attribute`, `themes/${theme.theme_id}/ script`, `themes/${theme.theme_id}/ attribute`]));
  // In text the markup is escaped; in attributes (chart labels) the quote is, so the value stays whole.
  const html = readFileSync(join(dist, 'regions', region, 'index.html'), 'utf8');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  const { document } = parseHTML(html);
  const inAttribute = [...document.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.value.includes(`Theme ${ATTRIBUTE} ${SCRIPT}`)));
  expect(inAttribute).toBe(true);
});

test('in the browser no injected element exists and nothing runs, also in search results', async () => {
  const region = measure.measure_id.split('-')[0];
  const paths = [`regions/${region}/`, `themes/${theme.theme_id}/`, '', 'themes/', 'compare/', ...(listPages(dist).some((p) => p.path === 'search/') ? ['search/?q=alert'] : [])];
  const { page, context, settled } = await watchedPage(session);
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const found: string[] = [];
  const shownOn: string[] = [];
  for (const path of paths) {
    await page.goto(session.url(path), { waitUntil: 'load' });
    await settled();
    found.push(...(await page.evaluate(() => [
      ...[...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').map(() => 'img src=x'),
      ...[...document.querySelectorAll('[onerror]')].map((e) => `${e.localName} onerror`),
      ...[...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('alert(1)')).map(() => 'script alert(1)'),
    ])).map((x) => `${path}: ${x}`));
    if (await page.evaluate((t) => document.body.textContent!.includes(t), SCRIPT)) shownOn.push(path);
  }
  await context.close();
  expect(found).toEqual([]);
  expect(dialogs).toEqual([]);
  // The markup did reach the pages as text, including where a script rendered it (search results).
  expect(shownOn).toEqual(expect.arrayContaining(paths.filter((p) => p.startsWith('regions/') || p.startsWith('search/'))));
});
