// The built /data/ and /data/dictionary/ pages (DIST_DIR or dist/), in both languages: every
// download they link exists, every table is offered as CSV and Excel CSV, and the dictionary
// page lists every column of every table as its CSV header has it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { tables } from '../src/schema/index.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const page = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const target = (href: string) => join(dist, href.split(/[?#]/)[0], href.split(/[?#]/)[0].endsWith('/') ? 'index.html' : '');

describe.each([['data/', 'en'], ['zh/data/', 'zh']])('%s', (path, lang) => {
  const document = page(path);
  const hrefs = [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);

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

  test('every link on the page leads to a file of the build', () => {
    const broken = hrefs.filter((h) => h.startsWith('/') && !existsSync(target(h)));
    expect(hrefs.filter((h) => h.startsWith('/data/charts/')).length).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });
});

describe.each([['data/dictionary/'], ['zh/data/dictionary/']])('%s', (path) => {
  const document = page(path);
  test.each(tables.map((t) => [t.name, t]))('%s: every column of the CSV header is described', (_, t) => {
    const header = readFileSync(join('data', t.file), 'utf8').split('\n')[0].split(',');
    const section = document.getElementById(t.name)?.closest('section');
    expect(section).toBeTruthy();
    const listed = [...section!.querySelectorAll('tbody th code')].map((c) => c.textContent);
    expect(listed).toEqual(header);
    for (const row of section!.querySelectorAll('tbody tr')) expect(row.querySelectorAll('td')[4]?.textContent?.trim()).toBeTruthy(); // the description
  });
});
