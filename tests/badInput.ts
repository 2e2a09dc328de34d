// Helpers for tests that feed a broken copy of the data to the real build.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildSite } from '../scripts/builtSite/buildSite.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh copy of data/ and a dist/ holding a marker file, in a temporary folder. */
export function brokenCopy() {
  const root = mkdtempSync(join(tmpdir(), 'sc-bad-'));
  const data = join(root, 'data');
  cpSync('data', data, { recursive: true });
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
