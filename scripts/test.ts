// npm test: build (validate, derive, Astro), type-check (the pages import what the build derived),
// then every vitest project (unit, data, build output, browser).
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.ts';

const run = (what: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) { console.error(`✗ ${what} failed`); process.exit(r.status ?? 1); }
};

const chromium = ensureChromium();
if (!chromium) {
  console.error('Chromium not found: install it (apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
  process.exit(1);
}
run('build', ['scripts/build.ts']);
run('type-check', ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
run('tests', ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { CHROMIUM_PATH: chromium });
