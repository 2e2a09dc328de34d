// The built /data/ and /data/dictionary/ pages (DIST_DIR or dist/), in both languages: every
// download they link exists, every table is offered as CSV and Excel CSV, and the dictionary
// page lists every column of every table as its CSV header has it, with titles and descriptions
// in the page's own language.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { tables } from '../src/schema/index.ts';
import { dictionary } from '../src/schema/dictionary.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const target = (href: string) => join(dist, href.split(/[?#]/)[0], href.split(/[?#]/)[0].endsWith('/') ? 'index.html' : '');

describe.each([['data/', 'en'], ['zh/data/', 'zh']])('%s', (path, lang) => {
  const document = page(path);
  const hrefs = [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);

  test('links every published release with the files that check it, the citation files and the history of changes', () => {
    const frozen = readdirSync('data/releases').filter((v) => /^\d{4}\.\d{2}\.\d{2}(-\d+)?$/.test(v));
    expect(frozen.length).toBeGreaterThan(0);
    for (const v of frozen.filter((x) => x !== version)) {
      for (const f of [`shuangchuang-data-${v}.zip`, 'manifest.json', 'SHA256SUMS']) expect(hrefs, `${v} ${f}`).toContain(`/data/releases/${v}/${f}`);
    }
    for (const f of ['manifest.json', 'SHA256SUMS', 'CITATION.cff', '.zenodo.json', 'changes.json']) expect(hrefs, f).toContain(`/data/${f}`);
    for (const h of hrefs.filter((x) => x.startsWith('/data/'))) expect(existsSync(target(h)), h).toBe(true);
    // The feed exists only with the site's address; without it the page says why there is none.
    if (process.env.SITE_URL) expect(hrefs).toContain('/data/corrections.xml');
    else expect(document.querySelector('[data-no-feed]')).toBeTruthy();
  });

  test('shows the release and links the zip, datapackage.json, the dictionary and the changelog', () => {
    expect(document.querySelector('.release-version')?.textContent).toBe(version);
    expect(hrefs).toContain(`/data/shuangchuang-data-${version}.zip`);
    expect(hrefs).toContain('/data/datapackage.json');
    expect(hrefs).toContain('/data/data-dictionary.md');
    expect(hrefs).toContain('/data/CHANGELOG.md');
    expect(hrefs).toContain(`/${lang === 'zh' ? 'zh/' : ''}data/dictionary/`);
    expect(document.querySelector('.citation')?.textContent).toContain(version);
  });

  test('offers every table as CSV and as Excel CSV', () => {
    for (const t of tables) {
      expect(hrefs).toContain(`/data/${t.file}`);
      expect(hrefs).toContain(`/data/${t.file.replace(/\.csv$/, '.excel.csv')}`);
    }
  });

  test('names and describes every table in the page’s language, as the schemas declare it', () => {
    const rows = [...document.querySelectorAll('table.data-tables tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(dictionary().map((t) => (lang === 'zh' ? t.title_zh : t.title) + t.file));
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(dictionary().map((t) => (lang === 'zh' ? t.description_zh : t.description)));
  });

  test('every link on the page leads to a file of the build', () => {
    const broken = hrefs.filter((h) => h.startsWith('/') && !existsSync(target(h)));
    expect(hrefs.filter((h) => h.startsWith('/data/charts/')).length).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });
});

describe.each([['data/dictionary/', 'en'], ['zh/data/dictionary/', 'zh']])('%s', (path, lang) => {
  const document = page(path);
  const described = dictionary();
  const own = <T extends { description: string; description_zh: string }>(x: T) => (lang === 'zh' ? x.description_zh : x.description);
  const other = <T extends { description: string; description_zh: string }>(x: T) => (lang === 'zh' ? x.description : x.description_zh);
  test.each(tables.map((t) => [t.name, t]))('%s: every column of the CSV header is described', (_, t) => {
    const header = readFileSync(join('data', t.file), 'utf8').split('\n')[0].split(',');
    const section = document.getElementById(t.name)?.closest('section');
    expect(section).toBeTruthy();
    const listed = [...section!.querySelectorAll('tbody th code')].map((c) => c.textContent);
    expect(listed).toEqual(header);
    for (const row of section!.querySelectorAll('tbody tr')) expect(row.querySelectorAll('td')[4]?.textContent?.trim()).toBeTruthy(); // the description
  });

  test.each(described.map((t) => [t.name, t]))('%s: the table and every column are described in the page’s language only', (_, t) => {
    const section = document.getElementById(t.name)?.closest('section');
    expect(section).toBeTruthy();
    expect(document.getElementById(t.name)!.textContent).toContain(lang === 'zh' ? t.title_zh : t.title);
    const tableDescription = section!.querySelector('.table-description')?.textContent;
    expect(tableDescription).toBe(own(t));
    const wrong = t.columns.flatMap((c) => {
      const cell = section!.querySelector(`tr[id="${t.name}.${c.name}"]`)?.querySelectorAll('td')[4]?.textContent ?? '';
      return cell.startsWith(own(c)) && !cell.includes(other(c)) ? [] : [`${c.name}: ${cell}`];
    });
    expect(wrong).toEqual([]);
  });

  test('no note says the descriptions are in another language', () => {
    expect([...document.querySelectorAll('main p.note')].map((p) => p.textContent).filter((s) => /英文|in English/.test(s ?? ''))).toEqual([]);
  });
});
