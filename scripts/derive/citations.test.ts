import { expect, test } from 'vitest';
import { citation } from './citations.ts';

const record = { id: 'yuetang-2016-t001', title: 'Figure yuetang-2016-t001: Maker spaces (众创空间), 2个', version: '2026.11.22-3', date: '2026-11-22', url: 'https://example.org/base/figures/yuetang-2016-t001/' };
const c = citation(record);
const field = (bibtex: string, name: string) => new RegExp(`^\\s*${name} = \\{(.*)\\},?$`, 'm').exec(bibtex)?.[1];
const ris = (tag: string) => c.ris.split('\n').filter((l) => l.startsWith(`${tag}  - `)).map((l) => l.slice(6));

test('BibTeX: keyed by the id; its title holds the id, in Chinese too; url, version and year right', () => {
  expect(c.bibtex).toMatch(/^@\w+\{yuetang-2016-t001,/);
  expect(field(c.bibtex, 'title')).toContain(record.id);
  expect(field(c.bibtex, 'title')).toContain('众创空间');
  expect(field(c.bibtex, 'url')).toBe(record.url);
  expect(field(c.bibtex, 'version')).toBe(record.version);
  expect(field(c.bibtex, 'year')).toBe('2026');
});

test('RIS has its type, title, address, year and edition (the release)', () => {
  expect(ris('TY')).toHaveLength(1);
  expect(ris('TI')[0]).toContain(record.id);
  expect(ris('UR')).toEqual([record.url]);
  expect(ris('PY')).toEqual(['2026']);
  expect(ris('ET')).toEqual([record.version]);
});

test('APA text and CSL-JSON name the site, the id, the release and the address', () => {
  expect(c.apa).toContain('Shuangchuang Compare');
  expect(c.apa).toContain(record.id);
  expect(c.apa).toContain(record.version);
  expect(c.apa).toContain(record.url);
  const [csl] = JSON.parse(c.csl) as { id: string; version: string; URL: string; issued: { 'date-parts': number[][] } }[];
  expect(csl).toMatchObject({ id: record.id, version: record.version, URL: record.url, issued: { 'date-parts': [[2026, 11, 22]] } });
});

test('the APA text is what the CSL processor writes for the record itself', async () => {
  const { Cite } = await import('@citation-js/core');
  for (const r of [record, { ...record, id: 'x', title: 'Item x: A & B ($1, "quoted") the city\'s 第三(一)1', url: '/items/x/' }]) {
    const direct = new Cite({ id: r.id, type: 'dataset', title: r.title, author: [{ literal: 'Shuangchuang Compare (双创对照)' }], publisher: 'Shuangchuang Compare (双创对照)', issued: { 'date-parts': [[2026, 11, 22]] }, version: r.version, URL: r.url })
      .format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
    expect(citation(r).apa).toBe(direct);
  }
});

// Read back by independent parsers: a title is made of data cells, and no cell may rewrite the record.
test('BibTeX: a title with } { \\ & < > and ligatures comes back whole from an independent parser, with no field of its own', async () => {
  const { parse } = await import('@retorquere/bibtex-parser');
  const title = 'Figure x: Maker } spaces, url = {https://evil.example/bib}, note = {\\x & <b> -- \'\'q\'\' ~ 100% $5 #1 a_b ^ `` ?` 众创空间';
  const r = { ...record, title };
  const library = parse(citation(r).bibtex, { english: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  const [entry] = library.entries;
  expect(entry.fields.title).toBe(title);
  expect(entry.fields.url).toBe(r.url);
  expect(Object.keys(entry.fields).sort()).toEqual(['author', 'month', 'publisher', 'title', 'url', 'version', 'year']);
});

test('RIS: a long title is one unwrapped line, and a line break in it starts no tag of its own', async () => {
  const { parse } = await import('astrocite-ris');
  const long = `Figure yuetang-2016-t001: ${'创业孵化基地和众创空间的建设与运营（Incubators and maker spaces built and run） '.repeat(4)}`.trim();
  for (const title of [long, 'Item x: first line\nUR  - https://evil.example/ris\nER  - \nTY  - JOUR\nTI  - injected']) {
    const text = citation({ ...record, title }).ris;
    expect(text.split('\n').every((line) => /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
    const records = parse(text);
    expect(records).toHaveLength(1);
    expect(records[0].title).toBe(title.replace(/\n/g, ' '));
    expect(records[0].URL).toBe(record.url);
  }
});
