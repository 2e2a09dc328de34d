// npm run build: validate → derive → Astro build into a temporary folder → downloads → swap into dist/.
// Any failure leaves the previous dist/ untouched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { derive } from './derive.ts';
import { writeDownloads } from './downloads/write.ts';

const started = performance.now();
const dataDir = process.env.DATA_DIR ?? 'data';
const dist = resolve(process.env.DIST_DIR ?? 'dist');
// Astro puts its prerender bundle in <outDir>/.prerender/ only when outDir is inside the project,
// and otherwise in the one shared .astro/.prerender/, where concurrent builds overwrite each other:
// so a build for a folder elsewhere (DIST_DIR=/tmp/…) is staged inside the project (.dist-* is ignored).
const staging = dist.startsWith(process.cwd() + sep) ? `${dist}.staging-${process.pid}` : resolve(`.dist-staging-${process.pid}`);
const fail = (message: string) => {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build failed: ${message}; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}`);
  process.exit(1);
};

// SITE_JSON lets a test build other data without touching the src/generated/site.json others build from.
if (!derive(dataDir, process.env.SITE_JSON)) fail('the data is not valid');
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) fail(`the Astro build exited with ${astro.status}`);
try {
  writeDownloads(dataDir, staging);
} catch (e) {
  fail(`writing the downloads: ${(e as Error).message}`);
}
const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
try {
  renameSync(staging, dist);
} catch (e) {
  if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
  cpSync(staging, dist, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
}
rmSync(old, { recursive: true, force: true });
console.log(`built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
