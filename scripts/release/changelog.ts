// The computed parts of a release's bookkeeping: the diff block of its data/CHANGELOG.md entry (so
// its counts are never typed) and CITATION.cff and .zenodo.json at the project's root.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseDiff, diffMarkdown, readCsvLoose, DIFF_BEGIN, DIFF_END } from '../data/releaseDiff.ts';
import { previousRelease } from '../data/releases.ts';
import { loadDataset, type Dataset } from '../data/load.ts';
import { CITATION_FILE, ZENODO_FILE, citationCff, zenodoJson } from '../downloads/citationFiles.ts';

const COUNTS_LEAD = 'Counts \\(from the tables, by `npm run changelog`\\):';

/** The release's row counts as the changelog states them: computed, never typed. */
export function countsLine(dataset: Dataset): string {
  const n = (rows: readonly unknown[], one: string, many: string) => `${rows.length} ${rows.length === 1 ? one : many}`;
  const parts = [
    n(dataset.documents, 'document', 'documents'), n(dataset.measures, 'measure', 'measures'), n(dataset.targets, 'figure', 'figures'),
    n(dataset['ignored-figures'], 'ignored amount', 'ignored amounts'), n(dataset.corrections, 'correction', 'corrections'), n(dataset.themes, 'theme', 'themes'),
    n(dataset.metrics, 'metric', 'metrics'), n(dataset.definitions, 'definition', 'definitions'), n(dataset.instruments, 'instrument', 'instruments'),
    n(dataset.departments, 'responsible unit', 'responsible units'),
  ];
  return `Counts (from the tables, by \`npm run changelog\`): ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

/** Writes the diff against the previous frozen release into `version`'s entry, and the citation files; returns what it did. */
export function rewriteChangelog(dataDir: string, version: string, root = '.'): string[] {
  const previous = previousRelease(dataDir, version);
  if (!previous) throw new Error(`No frozen release older than ${version} in ${dataDir}/releases/: nothing to compare with.`);
  const places = readCsvLoose(join(dataDir, 'regions.csv')).rows.map((r) => r.region_id);
  const block = `${DIFF_BEGIN}\n${diffMarkdown(previous, releaseDiff(join(dataDir, 'releases', previous), dataDir), places)}\n${DIFF_END}`;
  const path = join(dataDir, 'CHANGELOG.md');
  const changelog = readFileSync(path, 'utf8');
  const start = changelog.indexOf(`## ${version}`);
  if (start < 0) throw new Error(`${dataDir}/CHANGELOG.md has no "## ${version}" entry: write the entry first, then run npm run changelog.`);
  const end = changelog.indexOf('\n## ', start + 1) < 0 ? changelog.length : changelog.indexOf('\n## ', start + 1);
  const { dataset } = loadDataset(dataDir);
  const counts = countsLine(dataset);
  const entry = changelog.slice(start, end).replace(new RegExp(`^${COUNTS_LEAD}.*\\n\\n?`, 'm'), '');
  const withBlock = entry.includes(DIFF_BEGIN)
    ? entry.replace(new RegExp(`${DIFF_BEGIN}[\\s\\S]*?${DIFF_END}`), () => block)
    : `${entry.trimEnd()}\n\n${block}\n`;
  const updated = withBlock.replace(DIFF_BEGIN, () => `${counts}\n\n${DIFF_BEGIN}`);
  writeFileSync(path, changelog.slice(0, start) + updated + changelog.slice(end));

  const cite = { version, regions: dataset.regions.map((r) => r.row), documents: dataset.documents.map((d) => d.row) };
  writeFileSync(join(root, CITATION_FILE), citationCff(cite));
  writeFileSync(join(root, ZENODO_FILE), zenodoJson(cite));
  return [`${dataDir}/CHANGELOG.md: ${version} compared with ${previous}.`, `${CITATION_FILE} and ${ZENODO_FILE}: release ${version}.`];
}
