// npm test: build (validate, derive, Astro), type-check (the pages import what the build derived),
// then every vitest project (unit, data, build output, browser), which read that one build.
// npm run test:a11y-full (--a11y-full): build, then every accessibility check on every page type in
// every language (npm test samples them).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
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
const a11yFull = process.argv[2] === '--a11y-full';
run('build', ['scripts/build.ts']);
// The build every test file reads (tests that build their own, for other data or a sub-path, still do).
const shared = { CHROMIUM_PATH: chromium, SHARED_DIST: resolve(process.env.DIST_DIR ?? 'dist') };
if (a11yFull) {
  run('accessibility, full sweep', ['node_modules/vitest/vitest.mjs', 'run', 'tests/e2e/accessibility.test.ts'], { ...shared, A11Y_FULL: '1' });
} else {
  run('type-check', ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
  run('tests', ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], shared);
}
