// Helpers for tests that feed a broken copy of the data to the real build.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildSite } from '../scripts/builtSite/buildSite.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const currentVersion = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

/**
 * A copy of data/ for a test to edit. An edited copy is the next release in the making, so the
 * current version's frozen folder (once cut) stays behind: the copy is compared with the release
 * before it, as a curator's working tree is, and is not held to the frozen bytes.
 */
export function copyData(to: string) {
  cpSync('data', to, { recursive: true, filter: (source) => source !== join('data', 'releases', currentVersion) });
}

/** A fresh copy of data/ and a dist/ holding a marker file, in a temporary folder. */
export function brokenCopy() {
  const root = mkdtempSync(join(tmpdir(), 'sc-bad-'));
  const data = join(root, 'data');
  copyData(data);
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'previous build');
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(data, file), change(readFileSync(join(data, file), 'utf8')));
  const build = (cwd = process.cwd()) => {
    const r = buildSite({ cwd, dataDir: data, dist, siteJson: join(root, 'site.json') });
    return { status: r.status, signal: r.signal, stderr: r.stderr, stdout: r.output };
  };
  const distIntact = () => existsSync(join(dist, 'index.html')) && readFileSync(join(dist, 'index.html'), 'utf8') === 'previous build';
  return { root, data, dist, edit, build, distIntact };
}

/** Physical line a record appended to this text will start on. */
export const nextLine = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 0 : -1);
