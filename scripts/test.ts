// npm test: build (validate, derive, Astro), type-check (the pages import what the build derived),
// then every vitest project (unit, data, build output, browser).
import { spawnSync } from 'node:child_process';
import { chromiumPath, ensureSystemPackages } from './chromium.ts';

const run = (what: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) { console.error(`✗ ${what} failed`); process.exit(r.status ?? 1); }
};

// What the tests run beside Node: installed with apt when root (a fresh machine, CI), else named.
const missing = ensureSystemPackages();
const chromium = chromiumPath();
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: install ${missing.length === 1 ? 'it' : 'them'} (apt-get install ${missing.join(' ')})${missing.includes('chromium') ? ', or set CHROMIUM_PATH' : ''}, or run npm test as root on Debian to have it done.`);
  process.exit(1);
}
run('build', ['scripts/build.ts']);
run('type-check', ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
run('tests', ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });
