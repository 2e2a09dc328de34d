// Public downloads written next to the pages, under data/: the tables exactly as in data/, their
// Excel copies, both again headed in Chinese, the source texts, datapackage.json, the dictionary,
// README, licence, changelog, and one zip of all of them. scripts/build.ts calls this with its staging folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { dictionary } from '../../src/schema/dictionary.ts';
import { CHANGELOG_FILE, DATAPACKAGE_FILE, DICTIONARY_FILE, excelFileOf, zipFileOf } from '../../src/site/downloads.ts';
import { writeCsv } from '../data/csv.ts';
import { loadDataset, type Dataset } from '../data/load.ts';
import { formatProblem } from '../data/problem.ts';
import { sourceFile } from '../data/sourcePath.ts';
import { excelCsvOfRows } from './excel.ts';
import { dataPackage } from './datapackage.ts';
import { withHeader, zhExcelFileOf, zhFileOf, zhHeader } from './translated.ts';
import { dictionaryMarkdown } from './dictionary.ts';
import { readme, LICENSE_TEXT } from './readme.ts';
import { deterministicZip, releaseTime, type ZipEntry } from './zip.ts';
import { assertMatchesFrozen, publishFrozen, writeManifest } from './frozen.ts';
import { CHANGES_FILE, FEED_FILE, changesJson, correctionsFeed } from './changes.ts';
import { receiptPath } from '../../src/model/receipts.ts';
import { siteAddress } from '../../src/site/siteAddress.ts';
import { CITATION_FILE, ZENODO_FILE, citationCff, zenodoJson } from './citationFiles.ts';
import { derivedDictionary } from '../../src/schema/dictionary.ts';
import { answerRows } from '../../src/model/explorer.ts';
import { deriveAnswers } from '../derive/answers/answers.ts';

export const packageVersion = (): string =>
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** The release's entry in the changelog must exist before the release can be written. */
export function assertChangelogHas(changelog: string, version: string) {
  const heading = new RegExp(`^## ${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[ \t]|$)`, 'm');
  if (!heading.test(changelog)) {
    throw new Error(`data/${CHANGELOG_FILE} has no "## ${version}" entry: describe the release before building it`);
  }
}

/**
 * Writes the downloads of a validated dataset (the build passes the one it validated, so each
 * table is read and parsed once) or of a data folder.
 */
export function writeDownloads(data: string | Dataset, outDir: string, version = packageVersion()): { zip: string; entries: string[] } {
  const out = join(outDir, 'data');
  const { dataset, problems } = typeof data === 'string' ? loadDataset(data, { keepFiles: true }) : { dataset: data, problems: [] };
  if (problems.length) throw new Error(`data/ is not valid: ${problems.slice(0, 3).map(formatProblem).join('; ')}`);
  const { dataDir } = dataset;
  const tables = dictionary();
  const documents = dataset.documents.map((d) => d.row);
  const placeOrder = new Map(dataset.regions.map((r) => [r.row.region_id, r.row.order]));
  const order = (regionId: string) => placeOrder.get(regionId) ?? 0;
  const entries: ZipEntry[] = [];
  const put = (path: string, content: Uint8Array | string) => {
    const target = resolve(out, path);
    if (!target.startsWith(resolve(out) + sep)) throw new Error(`${path} would be written outside ${out}`);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), bytes);
    entries.push({ path, bytes });
  };

  for (const table of tables) {
    if (!dataset.files[table.name]) throw new Error(`${table.file} was loaded without its file (loadDataset(…, { keepFiles: true }))`);
    const { bytes, read } = dataset.files[table.name];
    const rows = read.records.map((r) => r.values);
    // Byte for byte when the file is already UTF-8 with LF endings and no BOM, so researchers get
    // exactly what the site was built from; a file saved with CRLF or a BOM is published with LF.
    const csv = read.canonical ? bytes : writeCsv(read.header, rows);
    const cells = rows.map((r) => read.header.map((h) => r[h]));
    put(table.file, csv);
    put(excelFileOf(table.file), excelCsvOfRows([read.header, ...cells]));
    // The same rows under the schema's Chinese headers: the body is the curated file's, byte for byte.
    const header = zhHeader(table, read.header);
    put(zhFileOf(table.file), withHeader(typeof csv === 'string' ? csv : new TextDecoder().decode(csv), read.header, header));
    put(zhExcelFileOf(table.file), excelCsvOfRows([header, ...cells]));
  }
  // The derived answers, in English and under Chinese headers, after the curated tables.
  const [answers] = derivedDictionary();
  const rowsOf = <T>(located: readonly { row: T }[]) => located.map((x) => x.row);
  const codebook = rowsOf(dataset.codebook);
  const codebookAnswers = rowsOf(dataset['codebook-answers']);
  const derived = deriveAnswers({
    regions: rowsOf(dataset.regions), documents: [...documents].sort((a, b) => order(a.region_id) - order(b.region_id)), measures: rowsOf(dataset.measures),
    targets: rowsOf(dataset.targets), targetGroups: rowsOf(dataset['target-groups']), checks: rowsOf(dataset.checks), departments: rowsOf(dataset.departments),
    instruments: rowsOf(dataset.instruments), definitions: rowsOf(dataset.definitions),
  }, codebook, codebookAnswers);
  const answerCells = answerRows({ codebook, codebookAnswers, answers: derived.answers });
  const answerColumns = answers.columns.map((c) => c.name);
  put(answers.file, writeCsv(answerColumns, answerCells));
  put(zhFileOf(answers.file), withHeader(writeCsv(answerColumns, answerCells), answerColumns, zhHeader(answers, answerColumns)));
  const texts = documents.flatMap((d) => [d.raw_file, d.clean_file]);
  for (const path of texts) put(path, readFileSync(sourceFile(dataDir, path)));
  const changelog = readFileSync(join(dataDir, CHANGELOG_FILE), 'utf8');
  assertChangelogHas(changelog, version);
  put(CHANGELOG_FILE, changelog);
  put(DATAPACKAGE_FILE, `${JSON.stringify(dataPackage(version, tables, documents), null, 2)}\n`);
  put(DICTIONARY_FILE, dictionaryMarkdown(version, [...tables, ...derivedDictionary()]));
  const rowCounts = Object.fromEntries(tables.map((t) => [t.name, (dataset as unknown as Record<string, unknown[]>)[t.name].length]));
  const places = dataset.regions.map((r) => r.row).sort((a, b) => a.order - b.order).map((r) => r.name_en);
  put('README.md', readme({ version, tables, rowCounts, texts, places }));
  put('CURATION.md', readFileSync(join(dataDir, 'README.md'))); // how the texts were cleaned and the figures coded
  put('CURATION.zh.md', readFileSync(join(dataDir, 'README.zh.md')));
  put('LICENSE.txt', LICENSE_TEXT);
  // The release's files never depend on where the site is served: no site address in them.
  const cite = { version, regions: dataset.regions.map((r) => r.row), documents };
  put(CITATION_FILE, citationCff(cite));
  put(ZENODO_FILE, zenodoJson(cite));

  const zip = zipFileOf(version);
  const zipBytes = deterministicZip(zip.replace(/\.zip$/, ''), entries, releaseTime(version));
  assertMatchesFrozen(dataDir, version, zipBytes);
  writeFileSync(join(out, zip), zipBytes);
  writeManifest(out, version, zipBytes); // beside the zip, so a download can be checked with sha256sum -c
  publishFrozen(dataDir, out);
  const changes = dataset.changes.map((c) => c.row);
  writeFileSync(join(out, CHANGES_FILE), changesJson(version, changes));
  const site = siteAddress();
  if (site) {
    // Figures and items have receipts, which list their changes; other rows are read on the data page.
    const receipts = new Map<string, string>([
      ...dataset.targets.map((t) => [`targets/${t.row.target_id}`, receiptPath('targets', t.row.target_id)] as const),
      ...dataset.measures.map((m) => [`measures/${m.row.measure_id}`, receiptPath('measures', m.row.measure_id)] as const),
    ]);
    const pageOf = (c: { table: string; id: string }) => receipts.get(`${c.table}/${c.id}`);
    writeFileSync(join(out, FEED_FILE), correctionsFeed(changes, { site, pageOf }));
  }
  return { zip: join(out, zip), entries: entries.map((e) => e.path) };
}
