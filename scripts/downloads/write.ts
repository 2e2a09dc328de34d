// Public downloads written next to the pages, under data/: the tables exactly as in data/, their
// Excel copies, the source texts, datapackage.json, the dictionary, README, licence, changelog, and
// one zip of all of them. scripts/build.ts calls this with its staging folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dictionary } from '../../src/schema/dictionary.ts';
import { CHANGELOG_FILE, DATAPACKAGE_FILE, DICTIONARY_FILE, excelFileOf, zipFileOf } from '../../src/site/downloads.ts';
import { loadDataset } from '../data/load.ts';
import { formatProblem } from '../data/problem.ts';
import { excelCsv } from './excel.ts';
import { dataPackage } from './datapackage.ts';
import { dictionaryMarkdown } from './dictionary.ts';
import { readme, LICENSE_TEXT } from './readme.ts';
import { deterministicZip, releaseTime, type ZipEntry } from './zip.ts';

export const packageVersion = (): string =>
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** The release's entry in the changelog must exist before the release can be written. */
export function assertChangelogHas(changelog: string, version: string) {
  if (!new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm').test(changelog)) {
    throw new Error(`data/${CHANGELOG_FILE} has no "## ${version}" entry: describe the release before building it`);
  }
}

export function writeDownloads(dataDir: string, outDir: string, version = packageVersion()): { zip: string; entries: string[] } {
  const out = join(outDir, 'data');
  const { dataset, problems } = loadDataset(dataDir);
  if (problems.length) throw new Error(`data/ is not valid: ${problems.slice(0, 3).map(formatProblem).join('; ')}`);
  const tables = dictionary();
  const documents = dataset.documents.map((d) => d.row);
  const entries: ZipEntry[] = [];
  const put = (path: string, content: Uint8Array | string) => {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
    entries.push({ path, bytes });
  };

  for (const table of tables) {
    const bytes = readFileSync(join(dataDir, table.file));
    put(table.file, bytes); // byte for byte: researchers get exactly what the site was built from
    put(excelFileOf(table.file), excelCsv(new TextDecoder().decode(bytes)));
  }
  const texts = documents.flatMap((d) => [d.raw_file, d.clean_file]);
  for (const path of texts) put(path, readFileSync(join(dataDir, path)));
  const changelog = readFileSync(join(dataDir, CHANGELOG_FILE), 'utf8');
  assertChangelogHas(changelog, version);
  put(CHANGELOG_FILE, changelog);
  put(DATAPACKAGE_FILE, `${JSON.stringify(dataPackage(version, tables, documents), null, 2)}\n`);
  put(DICTIONARY_FILE, dictionaryMarkdown(version, tables));
  const rowCounts = Object.fromEntries(tables.map((t) => [t.name, (dataset as unknown as Record<string, unknown[]>)[t.name].length]));
  const places = dataset.regions.map((r) => r.row).sort((a, b) => a.order - b.order).map((r) => r.name_en);
  put('README.md', readme({ version, tables, rowCounts, texts, places }));
  put('CURATION.md', readFileSync(join(dataDir, 'README.md'))); // how the texts were cleaned and the figures coded
  put('LICENSE.txt', LICENSE_TEXT);

  const zip = zipFileOf(version);
  writeFileSync(join(out, zip), deterministicZip(zip.replace(/\.zip$/, ''), entries, releaseTime(version)));
  return { zip: join(out, zip), entries: entries.map((e) => e.path) };
}
