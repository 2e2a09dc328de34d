// Frozen releases: once a release is cut, data/releases/<version>/ holds its tables, its zip, a
// manifest (bytes and SHA-256 of every file inside the zip, and of the zip) and SHA256SUMS. A later
// build of that version must write exactly those bytes; every frozen release is published as it is.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { frozenReleases } from '../data/releases.ts';
import { zipFileOf } from '../../src/site/downloads.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SUMS_FILE = 'SHA256SUMS';

export interface ManifestFile { path: string; bytes: number; sha256: string }
export interface Manifest { version: string; zip: ManifestFile; files: ManifestFile[] }

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const describe = (path: string, bytes: Uint8Array): ManifestFile => ({ path, bytes: bytes.length, sha256: sha256(bytes) });

/** The manifest of a release zip: every file inside it (paths as unzipped) and the zip itself. */
export function manifestOf(version: string, zipBytes: Uint8Array): Manifest {
  const inside = unzipSync(zipBytes);
  const files = Object.keys(inside).filter((p) => !p.endsWith('/')).sort().map((p) => describe(p, inside[p]));
  return { version, zip: describe(zipFileOf(version), zipBytes), files };
}

/** The manifest as `sha256sum -c` reads it, run in the folder that holds the zip and what it unzips to. */
export const sha256sums = (m: Manifest) => [...m.files, m.zip].map((f) => `${f.sha256}  ${f.path}`).join('\n') + '\n';

export const manifestJson = (m: Manifest) => `${JSON.stringify(m, null, 2)}\n`;

/** Where the zip of a frozen release differs from its manifest: one line per file; empty when it does not. */
export function differences(frozen: Manifest, built: Manifest): string[] {
  const out: string[] = [];
  const builtByPath = new Map(built.files.map((f) => [f.path, f]));
  for (const f of frozen.files) {
    const b = builtByPath.get(f.path);
    if (!b) out.push(`${f.path}: in the release, not written by this build`);
    else if (b.sha256 !== f.sha256) out.push(`${f.path}: ${b.bytes} bytes (sha256 ${b.sha256.slice(0, 12)}…), released as ${f.bytes} bytes (sha256 ${f.sha256.slice(0, 12)}…)`);
  }
  for (const b of built.files) if (!frozen.files.some((f) => f.path === b.path)) out.push(`${b.path}: written by this build, not in the release`);
  if (!out.length && frozen.zip.sha256 !== built.zip.sha256) out.push(`${built.zip.path}: the files are the same but the zip's bytes differ`);
  return out;
}

const releaseDir = (dataDir: string, version: string) => join(dataDir, 'releases', version);

/** The build of a version that was cut must reproduce it byte for byte; throws with every difference. */
export function assertMatchesFrozen(dataDir: string, version: string, zipBytes: Uint8Array) {
  const path = join(releaseDir(dataDir, version), MANIFEST_FILE);
  if (!existsSync(path)) return;
  const diff = differences(JSON.parse(readFileSync(path, 'utf8')) as Manifest, manifestOf(version, zipBytes));
  if (diff.length) {
    throw new Error(`release ${version} was cut (data/releases/${version}/${MANIFEST_FILE}) and this build differs from it:\n  ${diff.join('\n  ')}\nA published release never changes: open the next one with npm run release -- --next (npm run validate says which files differ from it).`);
  }
}

/** Every frozen release with a manifest, published unchanged under <out>/releases/<version>/ (and its zip where it first stood). */
export function publishFrozen(dataDir: string, out: string): string[] {
  const published: string[] = [];
  for (const version of frozenReleases(dataDir)) {
    const from = releaseDir(dataDir, version);
    if (!existsSync(join(from, MANIFEST_FILE))) continue;
    const to = join(out, 'releases', version);
    mkdirSync(to, { recursive: true });
    for (const file of [zipFileOf(version), MANIFEST_FILE, SUMS_FILE]) copyFileSync(join(from, file), join(to, file));
    // Where the zip was published when it was current: links made then keep working.
    if (!existsSync(join(out, zipFileOf(version)))) copyFileSync(join(from, zipFileOf(version)), join(out, zipFileOf(version)));
    published.push(version);
  }
  return published;
}

/** Writes the manifest and SHA256SUMS of a release zip into a folder. */
export function writeManifest(dir: string, version: string, zipBytes: Uint8Array): Manifest {
  const m = manifestOf(version, zipBytes);
  writeFileSync(join(dir, MANIFEST_FILE), manifestJson(m));
  writeFileSync(join(dir, SUMS_FILE), sha256sums(m));
  return m;
}
