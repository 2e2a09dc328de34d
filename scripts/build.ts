// npm run build: validate → derive → Astro build into a temporary folder → downloads → swap into dist/.
// Any failure leaves the previous dist/ untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { derive } from './derive.ts';
import { writeDownloads } from './downloads/write.ts';

const started = performance.now();
const dataDir = process.env.DATA_DIR ?? 'data';
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const staging = `${dist}.staging-${process.pid}`;
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
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
