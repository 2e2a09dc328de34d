// Validates data/ and writes everything the pages read: src/generated/site.json (the site data),
// site.search-index.json (the search index) and site.places.css (each place's colours), side by side.
// Exits 1 on any problem.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { validateData } from './data/validate.ts';
import { reportProblems } from './data/problem.ts';
import { siteData } from './derive/siteData.ts';
import { searchIndex } from './derive/searchIndex.ts';
import { placeStyles } from './derive/placeStyles.ts';

/** The files written beside the site data: `site.json` → `site.search-index.json`, `site.places.css`. */
export const generatedFiles = (outFile: string) => ({
  site: outFile,
  searchIndex: outFile.replace(/\.json$/, '.search-index.json'),
  placeStyles: outFile.replace(/\.json$/, '.places.css'),
});

export function derive(dataDir: string, outFile = 'src/generated/site.json'): boolean {
  const { dataset, problems } = validateData(dataDir);
  if (problems.length) {
    reportProblems(problems, dataDir, ': nothing was built');
    return false;
  }
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  const site = siteData(dataset, version);
  const files = generatedFiles(outFile);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(files.site, JSON.stringify(site));
  writeFileSync(files.searchIndex, JSON.stringify(searchIndex(site)));
  writeFileSync(files.placeStyles, placeStyles(site.regions));
  return true;
}

if (import.meta.main) process.exit(derive(process.env.DATA_DIR ?? 'data') ? 0 : 1);
