// npm test: build (validate, derive, Astro), then, side by side, the type-check (the pages import what
// the build derived) and every vitest project (unit, data, build output, browser), which read that one
// build. The slow browser sweeps visit a sample of the pages drawn from one printed seed
// (SAMPLE_SEED=<seed> npm test repeats it).
// npm run test:sweep (--sweep): build, then the sweeps over every page: each page loads cleanly, each
// chart without JavaScript, every accessibility check on every page type in every language.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { chromiumPath, ensureSystemPackages } from './chromium.ts';
import { runSeed } from './builtSite/sample.ts';

const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(0)} s`;
const beside = new Set<import('node:child_process').ChildProcess>();
const fail = (what: string, status: number | null) => {
  console.error(`✗ ${what} failed`);
  for (const child of beside) child.kill();
  process.exit(status || 1);
};

/** A step run beside another: its output is held and printed once it ends, so the two never interleave. */
const runBeside = (what: string, args: string[]) => new Promise<() => void>((done) => {
  const from = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  beside.add(child);
  const output: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => output.push(b));
  child.stderr.on('data', (b: Buffer) => output.push(b));
  child.on('close', (status) => done(() => {
    beside.delete(child);
    console.log(`\n▶ ${what} (ran beside the tests)`);
    process.stdout.write(Buffer.concat(output));
    if (status !== 0) fail(what, status);
    console.log(`▶ ${what}: ${seconds(from)}`);
  }));
});

const run = (what: string, args: string[], env: NodeJS.ProcessEnv = {}) => new Promise<void>((done) => {
  console.log(`\n▶ ${what}`);
  const from = performance.now();
  spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }).on('close', (status) => {
    if (status !== 0) fail(what, status);
    console.log(`▶ ${what}: ${seconds(from)}`);
    done();
  });
});

// What the tests run beside Node: installed with apt when root (a fresh machine, CI), else named.
const missing = ensureSystemPackages();
const chromium = chromiumPath();
if (missing.length) {
  console.error(`Missing ${missing.join(', ')}: install ${missing.length === 1 ? 'it' : 'them'} (apt-get install ${missing.join(' ')})${missing.includes('chromium') ? ', or set CHROMIUM_PATH' : ''}, or run npm test as root on Debian to have it done.`);
  process.exit(1);
}
const sweep = process.argv[2] === '--sweep';
await run('build', ['scripts/build.ts']);
// The build every test file reads (tests that build their own, for other data or a sub-path, still do),
// and one seed for every sample of the run.
const seed = runSeed(process.env.SAMPLE_SEED);
const shared = { CHROMIUM_PATH: chromium, SHARED_DIST: resolve(process.env.DIST_DIR ?? 'dist'), SAMPLE_SEED: String(seed) };
const vitest = 'node_modules/vitest/vitest.mjs';
if (sweep) {
  await run('every page: loads cleanly, charts without JavaScript, accessibility', [vitest, 'run', 'tests/e2e/pages.test.ts', 'tests/e2e/accessibility.test.ts'], { ...shared, FULL_SWEEP: '1' });
} else {
  console.log(`\nThe browser sweeps visit a sample of the pages drawn with seed ${seed}: SAMPLE_SEED=${seed} npm test repeats it; npm run test:sweep visits every page.`);
  const typeCheck = runBeside('type-check', ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning']);
  await run('tests', [vitest, 'run', ...process.argv.slice(2)], shared);
  (await typeCheck)();
}
console.log(`\n✓ ${sweep ? 'npm run test:sweep' : 'npm test'} passed in ${seconds(started)}`);
