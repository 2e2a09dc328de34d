import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tables } from '../../src/schema/index.ts';
import { CHANGELOG_FILE } from '../../src/site/downloads.ts';
import { MANIFEST_FILE, type Manifest } from '../downloads/frozen.ts';
import { packageVersion } from '../downloads/write.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** The command that opens the next release (README, "How to add a region"). */
export const NEXT_RELEASE_COMMAND = 'npm run release -- --next';

/** Files of data/ that the release zip carries as they are, under the name they have in the zip. */
export function curatedFiles(dataDir: string, documents: readonly { raw_file: string; clean_file: string }[]): { file: string; inZip: string }[] {
  return [
    ...tables.map((t) => ({ file: t.file, inZip: t.file })),
    ...documents.flatMap((d) => [d.raw_file, d.clean_file]).map((f) => ({ file: join('sources', f), inZip: f })),
    { file: 'README.md', inZip: 'CURATION.md' },
    { file: 'README.zh.md', inZip: 'CURATION.zh.md' },
    { file: CHANGELOG_FILE, inZip: CHANGELOG_FILE },
  ].filter(({ file }) => existsSync(join(dataDir, file)));
}

/** Bytes as the release publishes a curated file: LF line endings, no byte-order mark. */
const published = (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The files of data/ that differ from the release `version` as it was cut (empty when it was not cut). */
export function changedSinceCut(dataDir: string, version: string, documents: readonly { raw_file: string; clean_file: string }[]): string[] {
  const path = join(dataDir, 'releases', version, MANIFEST_FILE);
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const inZip = new Map(manifest.files.map((f) => [f.path.slice(f.path.indexOf('/') + 1), f.sha256]));
  return curatedFiles(dataDir, documents)
    .filter(({ file, inZip: name }) => inZip.get(name) !== sha256(published(readFileSync(join(dataDir, file)))))
    .map(({ file }) => file);
}

/**
 * A release that was cut never changes: when data/ differs from the current version's frozen
 * release, the curator is told so before any build, with the command that opens the next one.
 */
export const releaseFrozen: Rule = ({ dataset }) => {
  const version = packageVersion();
  const changed = changedSinceCut(dataset.dataDir, version, dataset.documents.map((d) => d.row));
  if (!changed.length) return [];
  const problem: Problem = {
    file: `data/${changed[0]}`, line: 1, column: '*', scope: 'file',
    message: `differs from release ${version}, which was cut and is frozen in data/releases/${version}/ (${changed.length} file${changed.length === 1 ? '' : 's'} changed: ${changed.slice(0, 4).join(', ')}${changed.length > 4 ? ', …' : ''}). `
      + `A published release never changes: open the next one with \`${NEXT_RELEASE_COMMAND}\` (it sets the new version in package.json and package-lock.json, adds its entry to data/CHANGELOG.md and rewrites CITATION.cff and .zenodo.json), then give each change its reason in data/changes.csv under the new version`,
  };
  return [problem];
};
