// npm run changelog: writes the computed diff against the previous frozen release into the current
// release's entry of data/CHANGELOG.md (between the diff markers), so its counts are never typed,
// and rewrites the release's CITATION.cff and .zenodo.json at the project's root from the data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseDiff, diffMarkdown, readCsvLoose, DIFF_BEGIN, DIFF_END } from './data/releaseDiff.ts';
import { previousRelease } from './data/releases.ts';
import { packageVersion } from './downloads/write.ts';
import { loadDataset } from './data/load.ts';
import { CITATION_FILE, ZENODO_FILE, citationCff, zenodoJson } from './downloads/citationFiles.ts';

const dataDir = 'data';
const version = packageVersion();
const previous = previousRelease(dataDir, version);
if (!previous) {
  console.error(`No frozen release older than ${version} in data/releases/: nothing to compare with.`);
  process.exit(1);
}
const places = readCsvLoose(join(dataDir, 'regions.csv')).rows.map((r) => r.region_id);
const block = `${DIFF_BEGIN}\n${diffMarkdown(previous, releaseDiff(join(dataDir, 'releases', previous), dataDir), places)}\n${DIFF_END}`;
const path = join(dataDir, 'CHANGELOG.md');
const changelog = readFileSync(path, 'utf8');
const start = changelog.indexOf(`## ${version}`);
if (start < 0) {
  console.error(`data/CHANGELOG.md has no "## ${version}" entry: write the entry first, then run npm run changelog.`);
  process.exit(1);
}
const end = changelog.indexOf('\n## ', start + 1) < 0 ? changelog.length : changelog.indexOf('\n## ', start + 1);
const entry = changelog.slice(start, end);
const updated = entry.includes(DIFF_BEGIN)
  ? entry.replace(new RegExp(`${DIFF_BEGIN}[\\s\\S]*?${DIFF_END}`), () => block)
  : `${entry.trimEnd()}\n\n${block}\n`;
writeFileSync(path, changelog.slice(0, start) + updated + changelog.slice(end));
console.log(`data/CHANGELOG.md: ${version} compared with ${previous}.`);

const { dataset } = loadDataset(dataDir);
const cite = { version, regions: dataset.regions.map((r) => r.row), documents: dataset.documents.map((d) => d.row) };
writeFileSync(CITATION_FILE, citationCff(cite));
writeFileSync(ZENODO_FILE, zenodoJson(cite));
console.log(`${CITATION_FILE} and ${ZENODO_FILE}: release ${version}.`);
