// An interrupted build cleans up after itself: Ctrl-C (SIGINT) or SIGTERM while Astro writes the
// staging folder removes that folder and leaves the previous dist/ as it was; git ignores the
// staging and old-build folders in case a build is killed outright.
import { expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brokenCopy } from './badInput.ts';

const LEAKS = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|DATA_DIR|DIST_DIR|SITE_JSON|BASE|OUT_DIR)$/;

async function interrupt(signal: 'SIGINT' | 'SIGTERM') {
  const root = mkdtempSync(join(tmpdir(), 'sc-signal-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'previous build');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LEAKS.test(k)));
  const child = spawn(process.execPath, ['scripts/build.ts'], { env: { ...env, DIST_DIR: dist, SITE_JSON: join(root, 'site.json') }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => { stderr += c; });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  // A DIST_DIR outside the project is staged in the project as .dist-staging-<pid>.
  const staging = resolve(`.dist-staging-${child.pid}`);
  const started = Date.now();
  let seen = false;
  while (Date.now() - started < 90_000) {
    // Wait until Astro has written into the staging folder, so there is something to clean up.
    if (existsSync(staging) && readdirSync(staging).length > 0) { seen = true; break; }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(seen, `the staging folder never appeared (exit ${child.exitCode})\n${stderr}`).toBe(true);
  child.kill(signal);
  const code = await exited;
  return { code, stderr, staging, dist, root, pid: child.pid! };
}

test.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('%s during the Astro step removes the staging folder and keeps dist/', async (signal, expected) => {
  const { code, stderr, staging, dist, root, pid } = await interrupt(signal);
  expect(code).toBe(expected);
  expect(stderr).toMatch(new RegExp(`build stopped by ${signal}`));
  expect(existsSync(staging)).toBe(false);
  // Nor is any page shard's folder left in the project, or a staging folder beside dist/.
  expect(readdirSync('.').filter((f) => f.startsWith(`.dist-staging-${pid}`))).toEqual([]);
  expect(readdirSync(root).filter((f) => f.includes('staging'))).toEqual([]);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous build');
});

test('git ignores staging and old-build folders wherever the build puts them', () => {
  for (const path of ['dist.staging-12345/index.html', '.dist-staging-12345/index.html', 'dist.old-12345/index.html', 'public.staging-1/x']) {
    expect(spawnSync('git', ['check-ignore', '-q', path]).status, path).toBe(0);
  }
  expect(spawnSync('git', ['check-ignore', '-q', 'scripts/build.ts']).status).toBe(1);
});

test('a build removes the staging folders a build killed outright left behind, and not those of a build still running', () => {
  const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid!; // a process that has exited
  const copy = brokenCopy();
  const dead = join(copy.root, `dist.staging-${gone}`);
  const alive = join(copy.root, `dist.staging-${process.pid}`);
  for (const folder of [dead, alive]) { mkdirSync(join(folder, 'regions'), { recursive: true }); writeFileSync(join(folder, 'index.html'), 'half-written'); }
  copy.edit('themes.csv', (t) => t.replace(',description_en\n', '\n'));
  const r = copy.build();
  expect(r.status).toBe(1);
  expect(existsSync(dead)).toBe(false);
  expect(existsSync(alive)).toBe(true);
  expect(copy.distIntact()).toBe(true);
});
