// A new place touches only data/: the steps of README's "How to add a region", followed with two
// more places (today a sixth and a seventh) cloned from an existing one under new ids, in a copy of
// the project whose current release has been cut, as a curator finds it after a release. The site's
// code is the same; the release step is one command; each new place must then appear everywhere a
// place does, and the counts the pages state must follow.
import { beforeAll, describe, expect, test } from 'vitest';
import { appendFileSync, copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { buildSite } from '../scripts/builtSite/buildSite.ts';
import { projectCopy } from './badInput.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { PLACE_SYMBOLS } from '../src/schema/vocabulary.ts';
import { NEXT_RELEASE_COMMAND } from '../scripts/rules/releaseFrozen.ts';
import { COMPUTED_COLUMNS } from '../scripts/data/comparableColumn.ts';
import { statedCounts } from './proseCounts.ts';

type Row = Record<string, string>;
const project = projectCopy();
const root = project.root;
const data = project.data;
// The release a curator starts from is published: cut it in the copy unless it already is.
const cutVersion = project.version();
if (!existsSync(join(data, 'releases', cutVersion, 'manifest.json'))) {
  const cut = project.run('scripts/release.ts');
  if (cut.status !== 0) throw new Error(cut.stderr);
}
const table = (file: string) => {
  const parsed = Papa.parse<Row>(readFileSync(join(data, file), 'utf8'), { header: true, skipEmptyLines: 'greedy' });
  return { fields: parsed.meta.fields!, rows: parsed.data };
};
const append = (file: string, rows: Row[]) => {
  const { fields } = table(file);
  const text = readFileSync(join(data, file), 'utf8');
  appendFileSync(join(data, file), `${text.endsWith('\n') ? '' : '\n'}${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { header: false, newline: '\n' })}\n`);
};
const csvFiles = () => readdirSync(data).filter((f) => f.endsWith('.csv'));
/** The npm script's command line, run in the copy (`npm run release -- --next` → scripts/release.ts --next). */
const npmRun = (command: string) => {
  const [, name, ...rest] = /^npm run (\S+)(?: -- (.*))?$/.exec(command)!;
  const script = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts[name] as string;
  const [, file] = /^node (\S+)$/.exec(script)!;
  return project.run(file, ...(rest.filter(Boolean).join(' ').split(' ').filter(Boolean)));
};
const releaseSteps: string[] = [];

const regions = table('regions.csv').rows;
const source = regions[0];
const sourceDoc = table('documents.csv').rows.find((d) => d.region_id === source.region_id)!;
const plansBefore = table('documents.csv').rows.filter((d) => d.doc_type === 'plan').length;
const freeSymbols = PLACE_SYMBOLS.filter((s) => !regions.some((r) => r.symbol === s));
// Counts as the pages should write them (English words, Chinese numerals), whatever the data holds today.
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ZH = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const added = [
  { id: 'testadded', doc: 'testadded-2020', light: '#8C4A2F', dark: '#F0A07A' },
  { id: 'testanother', doc: 'testanother-2020', light: '#2F6B8C', dark: '#7AC0F0' },
].map((p, i) => ({ ...p, n: regions.length + i + 1, symbol: freeSymbols[i], en: EN[regions.length + i + 1], zh: ZH[regions.length + i + 1] }));

/** README step by step, for one place cloned from the first one. */
function addPlace(place: (typeof added)[number]) {
  const order = Math.max(...table('regions.csv').rows.map((r) => Number(r.order))) + 1;
  // 1. data/regions.csv: ids, names, population, and how the place is drawn.
  append('regions.csv', [{
    ...source, region_id: place.id, name_en: `${source.name_en} (copy ${place.n})`, name_zh: `${source.name_zh}（副本${place.zh}）`,
    short_en: `${source.short_en} ${place.n}`, short_zh: `${source.short_zh}${place.zh}`,
    order: String(order), colour_light: place.light, colour_dark: place.dark, symbol: place.symbol,
  }]);
  // 2. The raw text, unchanged.
  copyFileSync(join(data, sourceDoc.raw_file), join(data, `sources/raw/${place.doc}.txt`));
  // 3. data/documents.csv, and the corrections its text needs; 5. its coding (items, figures,
  // ignored amounts, units): every row of the source's document, under the new ids.
  for (const file of csvFiles()) {
    const { fields, rows } = table(file);
    if (!fields.includes('doc_id')) continue;
    append(file, rows.filter((r) => r.doc_id === sourceDoc.doc_id).map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'region_id' ? place.id : v.replaceAll(sourceDoc.doc_id, place.doc)]))));
  }
  // 4. npm run clean.
  const clean = npmRun('npm run clean');
  expect(clean.status, clean.stderr).toBe(0);
  // 6. npm run validate: when the current release was cut, it names the command that opens the next.
  const validate = () => npmRun('npm run validate');
  // 1 again: where validate finds a colour too close to another place's (or too faint), it suggests
  // one that passes, which is taken.
  const regionLine = table('regions.csv').rows.findIndex((r) => r.region_id === place.id) + 2;
  for (const [, column, colour] of validate().stderr.matchAll(new RegExp(`^data/regions\\.csv:${regionLine}: (colour_light|colour_dark): .*try (#[0-9A-F]{6})`, 'gm'))) {
    const text = readFileSync(join(data, 'regions.csv'), 'utf8');
    const old = column === 'colour_light' ? place.light : place.dark;
    writeFileSync(join(data, 'regions.csv'), text.replace(`,${old},`, `,${colour},`));
    if (column === 'colour_light') place.light = colour; else place.dark = colour;
  }
  const first = validate().stderr;
  expect(first).not.toMatch(/colour_(light|dark):/);
  if (first.includes('differs from release')) {
    expect(first).toContain(NEXT_RELEASE_COMMAND);
    const opened = npmRun(NEXT_RELEASE_COMMAND);
    expect(opened.status, opened.stderr).toBe(0);
    releaseSteps.push(project.version());
  }
  // 7. data/changes.csv: why every new row is there, under the open release, a row per table (keys
  // starting with the place's ids).
  const release = project.version();
  const why = (tableName: string, id: string) => ({ release, table: tableName, id: `${id}*`, column: '*', kind: 'recoding', reason_en: `New place ${place.id}.`, reason_zh: `新增地方${place.id}。` });
  append('changes.csv', [why('regions', place.id), ...csvFiles().filter((f) => table(f).fields.includes('doc_id')).map((f) => why(f.replace(/\.csv$/, ''), place.doc))]);
  // 8. Where validate says a computed column is out of date, the command it names writes it.
  const said = validate().stderr;
  for (const { command } of COMPUTED_COLUMNS.filter((c) => said.includes(c.command))) {
    const wrote = npmRun(command);
    expect(wrote.status, wrote.stderr).toBe(0);
  }
  const valid = validate();
  expect(valid.status, valid.stdout + valid.stderr).toBe(0);
}

// One build, with both places added (a build is the slowest step here: the counts it states follow
// the data whatever their number).
const final = added.at(-1)!;
let dist = '';
beforeAll(() => {
  for (const place of added) addPlace(place);
  dist = join(root, 'dist-added');
  const build = buildSite({ cwd: root, dataDir: data, dist, siteJson: join(root, 'site-added.json') });
  expect(build.ok, build.output).toBe(true);
}, 300_000);

const page = (dist: string, path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

test('README’s steps for a new region name only files under data/', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## How to add a region'), readme.indexOf('\n## ', readme.indexOf('## How to add a region') + 3));
  for (const step of ['data/regions.csv', 'order', 'colour_light', 'colour_dark', 'symbol', 'data/sources/raw/', 'data/documents.csv', 'npm run clean', 'data/changes.csv', 'npm run validate', NEXT_RELEASE_COMMAND, ...COMPUTED_COLUMNS.map((c) => c.command)]) expect(section).toContain(step);
  expect(section).not.toMatch(/`src\//);
});

test('the release step was the one command, run once: the first place opened the next release, the second added to it', () => {
  expect(releaseSteps).toHaveLength(1);
  expect(project.version()).toBe(releaseSteps[0]);
  expect(project.version()).not.toBe(cutVersion);
});

describe('with the places added', () => {
  test('the pages count the places and documents as they are', () => {
    const place = final;
    const en = page(dist, '');
    const zhPrefix = LOCALES.find((l) => l.data === 'zh')!.prefix;
    const zh = page(dist, zhPrefix);
    const said = [text(en.querySelector('h1')), en.querySelector('meta[name=description]')!.getAttribute('content')!];
    for (const s of said) {
      expect(s).toMatch(new RegExp(`\\b${place.en}\\b`, 'i'));
      expect(s).not.toMatch(new RegExp(`\\b${EN[regions.length]}\\b`, 'i')); // the count before places were added
    }
    // The concreteness chart ranks plans only: each added place is a plan cloned from the first.
    const plans = plansBefore + place.n - regions.length;
    expect(text(en.querySelector('#title-concreteness'))).toMatch(new RegExp(`\\bof the ${EN[plans]} plans\\b`));
    // The timeline's title may name a plan's length in years, but it counts the documents as they are.
    expect(text(en.querySelector('#title-timeline'))).toMatch(new RegExp(`^The ${place.en} documents`));
    expect(text(zh.querySelector('h1'))).toContain(`${place.zh}个地方`);
    expect(text(zh.querySelector('#title-timeline'))).toContain(`${place.zh}份文件`);
    expect(text(page(dist, 'compare/').querySelector('.compare-form legend'))).toContain(`to ${place.en})`);
    expect(text(page(dist, 'search/').querySelector('label.search-label'))).toContain(place.en);
  });
});

test('the data READMEs, which ship in the zip, state no count of places or texts the data no longer have', () => {
  const actual = { places: table('regions.csv').rows.length, documents: table('documents.csv').rows.length };
  for (const file of ['README.md', 'README.zh.md']) {
    const wrong = statedCounts(readFileSync(join(data, file), 'utf8')).filter((c) => c.n !== actual[c.what]);
    expect(wrong.map((c) => `${file}: ${c.words}`)).toEqual([]);
  }
});

describe('both new places, in every locale, with all of them built', () => {
  const places = added.map((p) => [p.id, p] as const);
  test.each(places)('%s has a home entry, a compare checkbox, a region page, a theme column, a search option and a legend entry', (id, place) => {
    for (const locale of LOCALES) {
      const home = page(dist, locale.prefix);
      const card = home.querySelector(`.card[data-place="${id}"] a`);
      expect(card?.getAttribute('href'), `${locale.id} home`).toBe(`/${locale.prefix}regions/${id}/`);
      expect(home.querySelector(`#chart-concreteness li[data-place="${id}"]`), `${locale.id} legend`).not.toBeNull();
      expect(page(dist, `${locale.prefix}compare/`).querySelector(`input[name=places][value="${id}"]`), `${locale.id} compare`).not.toBeNull();
      const region = page(dist, `${locale.prefix}regions/${id}/`);
      expect(text(region.querySelector('h1'))).toContain(locale.data === 'zh' ? `副本${place.zh}` : `(copy ${place.n})`);
      expect(region.documentElement.getAttribute('lang')).toBe(locale.htmlLang);
      expect(page(dist, `${locale.prefix}search/`).querySelector(`select[name=place] option[value="${id}"]`), `${locale.id} search`).not.toBeNull();
      expect(page(dist, `${locale.prefix}themes/${table('themes.csv').rows[0].theme_id}/`).querySelector(`.place-col[data-place="${id}"]`), `${locale.id} theme`).not.toBeNull();
    }
  });

  test.each(places)('%s is in the search index with as many records as the place it was cloned from', (id) => {
    const index = JSON.parse(readFileSync(join(dist, 'search-index.json'), 'utf8')) as { places: { id: string }[]; records: { place: string }[] };
    expect(index.places.map((p) => p.id)).toContain(id);
    const count = (place: string) => index.records.filter((r) => r.place === place).length;
    expect(count(id)).toBeGreaterThan(0);
    expect(count(id)).toBe(count(source.region_id));
  });

  test.each(places)('%s has its light and dark colours in the generated stylesheet', (id, place) => {
    const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n');
    const declared = (colour: string) => new RegExp(`--place-${id}:\\s*${colour}`, 'i').test(css);
    expect(declared(place.light)).toBe(true);
    expect(declared(place.dark)).toBe(true);
    expect(css).toMatch(new RegExp(`\\[data-place="?${id}"?\\]\\s*\\{\\s*--place:\\s*var\\(--place-${id}\\)`));
  });
});
