// Validates data/ and writes everything the pages read: src/generated/site.json (the site data),
// site.search-index.json (the search index, whole), site.search-parts.json (its head and its parts, as
// the search page loads them), site.places.css (each place's colours) and site.receipts.json (what
// each figure's and item's receipt page shows, with its citation), side by side.
// Exits 1 on any problem.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { validateData } from './data/validate.ts';
import { reportProblems, waitingNote } from './data/problem.ts';
import type { Dataset } from './data/load.ts';
import { siteData } from './derive/siteData.ts';
import { FindingsFailed } from './derive/findings/index.ts';
import { searchIndex, searchParts } from './derive/searchIndex.ts';
import { placeStyles } from './derive/placeStyles.ts';
import { receipts } from './derive/receipts.ts';
import { siteAddress } from '../src/site/siteAddress.ts';

/** The files written beside the site data: `site.json` → `site.search-index.json`, `site.search-parts.json`, `site.places.css`. */
export const generatedFiles = (outFile: string) => ({
  site: outFile,
  searchIndex: outFile.replace(/\.json$/, '.search-index.json'),
  searchParts: outFile.replace(/\.json$/, '.search-parts.json'),
  placeStyles: outFile.replace(/\.json$/, '.places.css'),
  receipts: outFile.replace(/\.json$/, '.receipts.json'),
});

/** Writes what the pages read from a validated dataset. */
export function deriveSite(dataset: Dataset, outFile = 'src/generated/site.json') {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const site = siteData(dataset, version);
  const files = generatedFiles(outFile);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(files.site, JSON.stringify(site));
  const index = searchIndex(site);
  writeFileSync(files.searchIndex, JSON.stringify(index));
  writeFileSync(files.searchParts, JSON.stringify(searchParts(index)));
  writeFileSync(files.placeStyles, placeStyles(site.regions));
  writeFileSync(files.receipts, JSON.stringify(receipts(site, { dataDir: dataset.dataDir, changes: dataset.changes.map((c) => c.row), site: siteAddress() })));
}

/** Validates a data folder and derives from it; the dataset, or undefined after reporting its problems. */
export function derive(dataDir: string, outFile = 'src/generated/site.json'): Dataset | undefined {
  const { dataset, problems, waiting } = validateData(dataDir, undefined, { keepFiles: true });
  if (problems.length) {
    reportProblems(problems, dataDir, `${waitingNote(waiting)}: nothing was built`);
    return undefined;
  }
  try {
    deriveSite(dataset, outFile);
  } catch (e) {
    if (!(e instanceof FindingsFailed)) throw e;
    // A sentence of the home page that is not true stops the build like bad data does, its finding named.
    console.error(`${e.message}\n${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} with the home page's findings (their rules and checks: scripts/derive/findings/): nothing was built`);
    return undefined;
  }
  return dataset;
}

if (import.meta.main) process.exit(derive(process.env.DATA_DIR ?? 'data') ? 0 : 1);
