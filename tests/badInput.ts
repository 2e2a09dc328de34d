// Helpers for tests that feed a broken copy of the data to the real build.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { buildSite } from '../scripts/builtSite/buildSite.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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

/**
 * A copy of the project as a fresh clone has it (code, data with every frozen release, the files
 * that carry the version), with the shared node_modules: for commands that rewrite the project's
 * root files (npm run release -- --next), run with the copy as their working folder.
 */
export function projectCopy(root = mkdtempSync(join(tmpdir(), 'sc-project-'))) {
  for (const f of ['package.json', 'package-lock.json', 'CITATION.cff', '.zenodo.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(f, join(root, f));
  for (const d of ['src', 'scripts', 'public', 'data']) cpSync(d, join(root, d), { recursive: true, filter: (s) => !s.includes('/generated/') });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  /** Runs one of the project's scripts (as its npm script does) in the copy. */
  const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DATA_DIR|DIST_DIR|SITE_JSON|BASE)$/.test(k))) });
  const version = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  return { root, data: join(root, 'data'), run, version };
}
