// No data cell can rewrite an output. Every free-text column of every table (every text, list and
// passage column of the schemas) is given, in a copy of data/, a value made of the characters that
// break some format (& < > " ' { } \ = + - @, and a value that starts with each of = + - @). The
// validator either rejects the value with an error naming its file, line and column, or accepts it;
// then one build of the copy, and every value accepted comes back unchanged from every output it
// reaches, each read by an independent parser: CSV (papaparse), JSON, HTML (linkedom), the card's
// SVG (fast-xml-parser, resvg), BibTeX (@retorquere/bibtex-parser), RIS (astrocite-ris) and the Atom
// feed (feedparser). Line breaks, tabs and bidirectional controls are rejected in one-line columns.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import FeedParser from 'feedparser';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { dictionary, type DictionaryColumn, type DictionaryTable } from '../src/schema/dictionary.ts';
import { looksLikeFormula } from '../src/site/formulaGuard.ts';
import { rewriteCells } from '../scripts/data/csvCells.ts';
import { loadDataset, type Located } from '../scripts/data/load.ts';
import { validateData } from '../scripts/data/validate.ts';
import { formatProblem, type Problem } from '../scripts/data/problem.ts';
import { listFiles, listPages } from '../scripts/builtSite/site.ts';
import { cardContent, cardSvg, hasOwnCard } from '../scripts/cards/cards.ts';
import { packageVersion } from '../scripts/downloads/write.ts';
import { DEFAULT_LOCALE } from '../src/i18n/locales.ts';
import { brokenCopy } from './badInput.ts';

/** A cell of the copy given a hostile value: its table, the record's line, its column. */
interface Cell { table: DictionaryTable; column: DictionaryColumn; line: number; key: string[]; value: string; k: number }

const tables = dictionary();
// Text written by hand: text, verbatim, passage and list columns, but not lists of ids or of fixed values.
const freeText = (t: DictionaryTable) => t.columns.filter((c) => c.singleLine !== undefined && !c.values && !c.references);
const original = loadDataset('data').dataset as unknown as Record<string, Located<Record<string, unknown>>[]>;
// The record each table's values go in: its first, or for changes.csv its first correction (the feed lists corrections).
const recordOf = (t: DictionaryTable) => (t.name === 'changes' ? original.changes.find((c) => c.row.kind === 'correction')! : original[t.name][0]);

// Each value is unique (FUZZ<k>X), so wherever a reader finds it, the test knows what must stand there.
const LEADS = ['=', '+', '-', '@'];
const hostile = (k: number) => `${LEADS[k % LEADS.length]}FUZZ${k}X&<b>"'{}\\=+-@`;
const MARKER = /FUZZ(\d+)X/g;
const HAS_MARKER = /FUZZ\d+X/;
// Elements a page sets a value's runs in (script runs, codes): the value is read from the nearest element around them.
const INLINE = new Set(['span', 'code', 'a', 'em', 'strong', 'i', 'b', 'q', 'abbr', 'mark', 'small', 'bdi', 'tspan']);

const cells: Cell[] = tables.flatMap((t) => freeText(t).map((column) => ({ table: t, column, line: recordOf(t).line, key: t.key.map((k) => String(recordOf(t).row[k])) })))
  .map((c, k) => ({ ...c, value: hostile(k), k }));

const copy = brokenCopy();
const texts = new Map(tables.map((t) => [t.name, readFileSync(join('data', t.file), 'utf8')]));

/** Writes the copy with these cells changed (every other byte as curated), and a reason for each changed table. */
function write(changed: readonly Cell[], values: (c: Cell) => string = (c) => c.value) {
  for (const t of tables) {
    const mine = changed.filter((c) => c.table === t);
    let text = texts.get(t.name)!;
    if (mine.length) {
      text = rewriteCells(text, (record) => (t.key.every((k, i) => record[k] === mine[0].key[i]) ? Object.fromEntries(mine.map((c) => [c.column.name, values(c)])) : {}));
    }
    if (t.name === 'changes') {
      // A changed cell needs its reason in this release: one per changed table, itself hostile.
      // A table that is new in this release already has its reason for every row and column.
      const covered = new Set(Papa.parse<string[]>(text.trim()).data.filter((r) => r[0] === packageVersion() && r[2] === '*' && r[3] === '*').map((r) => r[1]));
      const reasons = [...new Set(changed.filter((c) => c.table.name !== 'changes' && !covered.has(c.table.name)).map((c) => c.table.name))]
        .map((name, i) => Papa.unparse([[packageVersion(), name, '*', '*', 'correction', hostile(1000 + i), hostile(2000 + i)]], { newline: '\n' }));
      text = `${text}${reasons.map((r) => `${r}\n`).join('')}`;
    }
    writeFileSync(join(copy.data, t.file), text);
  }
}

// Where a rule reports a value it checks against something else: where its effect shows.
const REPORTED_ELSEWHERE: Record<string, (p: Problem) => boolean> = {
  // The sections a document numbers its items in: each item outside them is named.
  'documents.action_sections': (p) => p.file === 'data/measures.csv' && p.column === 'section',
  // A correction's replacement changes the clean text: the text no longer is what cleaning produces.
  'corrections.replacement': (p) => p.file === 'data/documents.csv' && p.column === 'clean_file' && /not what the cleaning produces/.test(p.message),
};
/** A problem names a cell: its file, line and column, or its row quoting the value (a quote checked at its offset). */
const names = (c: Cell) => (p: Problem) =>
  (p.file === `data/${c.table.file}` && p.line === c.line && (p.column === c.column.name || p.message.includes(JSON.stringify(c.value)) || p.message.includes(c.value)))
  || (REPORTED_ELSEWHERE[`${c.table.name}.${c.column.name}`]?.(p) ?? false);

let accepted: Cell[] = [];
const rejected: { cell: Cell; problem: Problem }[] = [];

describe('validation', () => {
  test('every free-text column of every table is tried, and the schemas mark one-line columns', () => {
    for (const t of tables) for (const c of freeText(t)) expect(cells.some((x) => x.table === t && x.column === c), `${t.name}.${c.name}`).toBe(true);
    expect(cells.filter((c) => c.column.singleLine === false).map((c) => `${c.table.name}.${c.column.name}`)).toEqual(expect.arrayContaining(['targets.quote_zh', 'measures.quote_zh']));
    expect(cells.length).toBeGreaterThan(tables.length);
  });

  test('each hostile value is accepted, or rejected with an error naming its file, line and column', () => {
    accepted = [...cells];
    // A value rejected by a rule can echo in other rows (a unit no longer named): rejected values
    // are set back and the rest validated again, until the copy is valid.
    for (let round = 0; ; round += 1) {
      write(accepted);
      const { problems } = validateData(copy.data);
      if (problems.length === 0) break;
      const named = accepted.filter((c) => problems.some(names(c)));
      expect(named.length, `problems that name no changed cell:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`).toBeGreaterThan(0);
      for (const cell of named) rejected.push({ cell, problem: problems.find(names(cell))! });
      accepted = accepted.filter((c) => !named.includes(c));
      expect(round).toBeLessThan(10);
    }
    // Most prose columns take any printable text; those the rules tie to the source texts or to other tables do not.
    expect(accepted.length).toBeGreaterThan(cells.length / 2);
    for (const { problem } of rejected) expect(problem.message).not.toMatch(/^\s*$/);
  });

  test('a line break, tab or bidirectional control in a one-line column is rejected, naming the column', () => {
    const controls = ['\n', '\t', '\u202e', '\u2066', '\u202a', '\r'];
    const oneLine = cells.filter((c) => c.column.singleLine);
    write(oneLine, (c) => `a${controls[c.k % controls.length]}b`);
    const { problems } = validateData(copy.data);
    for (const c of oneLine) {
      const problem = problems.find(names(c));
      expect(problem && formatProblem(problem), `${c.table.file}:${c.line}: ${c.column.name}`).toMatch(/: must be one line of text: it holds (a line break|a tab|a carriage return|a bidirectional control) \(U\+[0-9A-F]{4}\)/);
    }
  });
});

// The build of the copy with every accepted value in it, with the site's address (citations, feed).
let dist = '';
const built = (path: string) => readFileSync(join(dist, path), 'utf8');
const cellOf = new Map<number, Cell>();
const problems: string[] = [];
const reached = new Map<number, Set<string>>();

/** How a reader may legitimately show a value: as it is, unless a format's convention says otherwise. */
type Reading = (value: string, s: string) => boolean;
const WHOLE: Reading = (v, s) => s.includes(v);
const escapeRegex = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// APA as the CSL processor writes it: straight quotes become typographic ones.
const APA: Reading = (v, s) => new RegExp(escapeRegex(v).replace(/"/g, '["“”]').replace(/'/g, "['’]")).test(s);
// A chart's axis label cut to fit, as Plot cuts it, ends in …: what it shows is the value's start.
const CUT: Reading = (v, s) => WHOLE(v, s) || (s.endsWith('…') && [...s.matchAll(MARKER)].length === 1 && v.startsWith(s.slice(s.search(/.FUZZ\d+X/), -1)));

// Text wrapped onto several lines, as a card sets it: the value's characters in order, the breaks' spaces aside.
const WRAPPED: Reading = (v, s) => s.replace(/\s+/g, '').includes(v.replace(/\s+/g, ''));

/** Every hostile value a string holds must stand in it whole: a reader found the marker, so the value reached it. */
function check(where: string, format: string, s: string, reads: Reading = WHOLE) {
  for (const [, k] of s.matchAll(MARKER)) {
    const cell = cellOf.get(Number(k));
    if (!cell) continue;
    (reached.get(cell.k) ?? reached.set(cell.k, new Set()).get(cell.k)!).add(format);
    if (!reads(cell.value, s)) problems.push(`${format} ${where}: ${cell.table.name}.${cell.column.name} reads back as ${JSON.stringify(s.slice(Math.max(0, s.indexOf(`FUZZ${k}X`) - 20), s.indexOf(`FUZZ${k}X`) + 40))}`);
  }
}
const strings = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : Array.isArray(node) ? node.flatMap(strings) : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];

describe('every output of a build with the accepted values', () => {
  beforeAll(() => {
    write(accepted);
    for (const c of [...accepted]) cellOf.set(c.k, c);
    for (let i = 0; i < 20; i += 1) for (const k of [1000 + i, 2000 + i]) cellOf.set(k, { ...cells[0], k, value: hostile(k), column: { ...cells[0].column, name: k < 2000 ? 'reason_en (this release)' : 'reason_zh (this release)' } });
    const saved = { SITE_URL: process.env.SITE_URL, PRECOMPRESS: process.env.PRECOMPRESS };
    Object.assign(process.env, { SITE_URL: 'https://example.org', PRECOMPRESS: 'off' });
    try {
      const r = copy.build();
      expect(r.status, r.stderr).toBe(0);
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    dist = copy.dist;
  }, 300_000);
  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  const files = () => listFiles(dist).filter((f) => !f.startsWith('data/releases/') && !/\.(png|ico|zip|br|gz|js|css|woff2?)$/.test(f));

  test('CSV (papaparse): each value whole; in the copies for spreadsheets (Excel, charts) never a formula', () => {
    for (const f of files().filter((x) => x.endsWith('.csv'))) {
      const guarded = f.endsWith('.excel.csv') || f.startsWith('data/charts/');
      const { data, errors } = Papa.parse<string[]>(built(f).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(errors, f).toEqual([]);
      for (const cell of data.flat()) {
        check(f, 'CSV', cell);
        if (guarded && HAS_MARKER.test(cell)) expect(looksLikeFormula(cell), `${f}: ${cell}`).toBe(false);
      }
    }
  });

  test('JSON (and JSON-LD in pages): each value whole', () => {
    for (const f of files().filter((x) => x.endsWith('.json'))) for (const s of strings(JSON.parse(built(f)))) check(f, 'JSON', s);
  });

  test('HTML (linkedom): each value whole in its element or attribute, never markup', () => {
    for (const f of files().filter((x) => x.endsWith('.html'))) {
      const html = built(f);
      if (!HAS_MARKER.test(html)) continue;
      const { document } = parseHTML(html);
      for (const el of document.querySelectorAll('*')) {
        expect(el.localName, `${f}: a value became an element`).not.toBe('b');
        for (const a of el.attributes) {
          let value = a.value;
          if (['href', 'src', 'action', 'id'].includes(a.name)) try { value = decodeURIComponent(value); } catch { /* kept as written */ }
          check(`${f} @${a.name}`, 'HTML', value);
        }
        if (el.localName === 'script') {
          if (/json/.test(el.getAttribute('type') ?? '')) for (const s of strings(JSON.parse(el.textContent ?? ''))) check(f, 'JSON-LD', s);
          continue;
        }
        // A citation in BibTeX, RIS or CSL-JSON is read by its own reader (below, and here for CSL-JSON).
        if (el.closest('code[data-format]')) {
          if (el.matches('code[data-format="csl"]')) for (const s of strings(JSON.parse(el.textContent ?? ''))) check(f, 'JSON', s);
          continue;
        }
        // The text of the element's own text nodes, with the inline elements inside it (a value may be set in spans).
        const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('');
        if (!HAS_MARKER.test(own)) continue;
        let block: Element = el;
        while (INLINE.has(block.localName) && block.parentElement) block = block.parentElement;
        const reads = block.closest('.citation-apa') ? APA : block.localName === 'text' ? CUT : WHOLE;
        check(`${f} <${block.localName}>`, 'HTML', block.textContent ?? '', reads);
      }
    }
  });

  test('card SVG (fast-xml-parser, resvg): well-formed XML with each value whole, and the renderer draws it', async () => {
    const light = { '--fg': '#111111', '--muted': '#555555', '--accent': '#0072B2', '--bg': '#ffffff' };
    // One page of each kind with a card, in each language, among those a value reaches.
    const pages = new Map<string, string>();
    for (const p of listPages(dist).filter(hasOwnCard)) {
      const html = pages.has(`${p.type} ${p.lang}`) ? '' : built(p.file);
      if (HAS_MARKER.test(html)) pages.set(`${p.type} ${p.lang}`, html);
    }
    const cards = [...pages.values()].map((html) => cardSvg(cardContent(html), light, 'Shuangchuang Compare · 双创对照'));
    expect(cards.length).toBeGreaterThan(0);
    const text = new XMLParser({ ignoreAttributes: true, htmlEntities: true });
    for (const svg of cards) {
      expect(XMLValidator.validate(svg)).toBe(true);
      // A card wraps long text onto lines of their own: a value is whole in the card's text read in order.
      check('card', 'SVG', strings(text.parse(svg)).join(''), WRAPPED);
    }
    const require = createRequire(import.meta.url);
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch(() => undefined);
    for (const svg of cards.slice(0, 3)) expect(new Resvg(svg, { font: { loadSystemFonts: false } }).render().width).toBeGreaterThan(0);
  });

  test('BibTeX and RIS of every receipt: one record each, read by independent parsers, each value whole', () => {
    // The citations are the same in every language: the default language's receipts, read from their citation part.
    const receipts = listPages(dist).filter((p) => p.type === 'receipt' && p.lang === DEFAULT_LOCALE.id);
    expect(receipts.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const p of receipts) {
      const html = built(p.file);
      const { document } = parseHTML(html.slice(html.indexOf('<details class="citation-formats"'), html.lastIndexOf('</details>') + 10));
      const bibtex = document.querySelector('code[data-format="bibtex"]')?.textContent ?? '';
      const library = parseBibtex(bibtex, { english: false });
      if (library.errors.length || library.entries.length !== 1) failures.push(`BibTeX ${p.path}: ${JSON.stringify(library.errors)}`);
      else for (const s of Object.values(library.entries[0].fields).flatMap(strings)) check(p.path, 'BibTeX', s);
      const ris = document.querySelector('code[data-format="ris"]')?.textContent ?? '';
      try {
        const records = parseRis(ris);
        if (records.length !== 1) failures.push(`RIS ${p.path}: ${records.length} records`);
        else for (const s of strings(records[0])) check(p.path, 'RIS', s);
      } catch (e) {
        failures.push(`RIS ${p.path}: ${(e as Error).message.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('Atom feed (fast-xml-parser, feedparser): each correction\'s reason whole', async () => {
    const xml = built('data/corrections.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(xml).feed;
    for (const s of strings(feed)) check('corrections.xml', 'Atom', s);
    const items = await new Promise<Record<string, unknown>[]>((done, fail) => {
      const parser = new FeedParser({});
      const out: Record<string, unknown>[] = [];
      parser.on('error', fail);
      parser.on('readable', () => { for (let item; (item = parser.read());) out.push(item); });
      parser.on('end', () => done(out));
      Readable.from([xml]).pipe(parser);
    });
    expect(items.length).toBe([feed.entry].flat().length);
    // feedparser takes anything tag-like out of a title, whatever its type says: titles are read less their tags.
    const TAGLESS: Reading = (v, s) => s.includes(v.replace(/<[^>]*>/g, ''));
    for (const item of items) {
      for (const field of ['summary', 'description']) if (typeof item[field] === 'string') check('corrections.xml (feedparser)', 'Atom', item[field] as string);
      check('corrections.xml (feedparser)', 'Atom', String(item.title), TAGLESS);
    }
  });

  test('every accepted value reaches the tables, their copies and the API; every format is reached; each reads back whole', () => {
    expect(problems).toEqual([]);
    for (const c of accepted) expect([...(reached.get(c.k) ?? [])], `${c.table.name}.${c.column.name}`).toEqual(expect.arrayContaining(['CSV', 'JSON']));
    const formats = new Set([...reached.values()].flatMap((s) => [...s]));
    for (const format of ['CSV', 'JSON', 'HTML', 'SVG', 'BibTeX', 'RIS', 'Atom']) expect(formats, format).toContain(format);
  });
});
