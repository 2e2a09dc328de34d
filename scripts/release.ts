// npm run release: cuts the current release (package.json's version). It builds the downloads in a
// temporary folder and freezes them in data/releases/<version>/: the tables, the zip, manifest.json
// and SHA256SUMS. A release already cut is never rewritten; a frozen folder that holds only the
// published zip and tables (a release made before manifests) gets its manifest from that zip.
// npm run release -- --next [version]: opens the release after a cut one (today's date by default):
// the version in package.json and package-lock.json, its entry in data/CHANGELOG.md, reasons written
// under the cut release since moved to it, and the changelog's diff and citation files rewritten.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tables } from '../src/schema/index.ts';
import { zipFileOf } from '../src/site/downloads.ts';
import { MANIFEST_FILE, writeManifest } from './downloads/frozen.ts';
import { packageVersion, writeDownloads } from './downloads/write.ts';
import { openNextRelease } from './release/openNext.ts';

const dataDir = 'data';
if (process.argv[2] === '--next') {
  try {
    const opened = openNextRelease('.', packageVersion(), { version: process.argv[3] });
    for (const line of opened.done) console.log(line);
    console.log(`Release ${opened.version} is open. Write its entry in data/CHANGELOG.md and a reason in data/changes.csv (release ${opened.version}) for every change: npm run validate lists what is missing.`);
    process.exit(0);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
const version = process.argv[2] ?? packageVersion();
const dir = join(dataDir, 'releases', version);

if (existsSync(join(dir, MANIFEST_FILE))) {
  console.error(`data/releases/${version}/ is already cut; a published release never changes. Open the next one with npm run release -- --next.`);
  process.exit(1);
}
if (existsSync(join(dir, zipFileOf(version)))) {
  writeManifest(dir, version, readFileSync(join(dir, zipFileOf(version))));
  console.log(`data/releases/${version}/: manifest written from the zip as published.`);
  process.exit(0);
}
if (version !== packageVersion()) {
  console.error(`Only the current release (${packageVersion()}) can be cut from data/; ${version} has no zip in data/releases/.`);
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'sc-release-'));
try {
  const { zip } = writeDownloads(dataDir, tmp, version);
  mkdirSync(dir, { recursive: true });
  for (const t of tables) copyFileSync(join(dataDir, t.file), join(dir, t.file));
  copyFileSync(zip, join(dir, zipFileOf(version)));
  const m = writeManifest(dir, version, readFileSync(zip));
  console.log(`data/releases/${version}/: ${tables.length} tables, ${zipFileOf(version)} (${m.files.length} files), ${MANIFEST_FILE}, SHA256SUMS. Commit them.`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
