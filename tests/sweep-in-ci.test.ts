// What npm test samples, CI sweeps in full: every test file that draws a sample of the pages is run
// by `npm run test:sweep` with FULL_SWEEP=1, and CI runs that command after npm test.
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const testFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts')).map((f) => join(dir, f).split('\\').join('/'));

test('every sampled sweep runs in full under npm run test:sweep, which CI runs after npm test', () => {
  const sampled = ['tests', 'src', 'scripts'].flatMap(testFiles).filter((f) => /\bsweepSettings\(/.test(readFileSync(f, 'utf8')));
  expect(sampled.length).toBeGreaterThan(0);
  const runner = readFileSync('scripts/test.ts', 'utf8');
  const sweepRun = runner.slice(runner.indexOf('if (sweep)'), runner.indexOf('} else {', runner.indexOf('if (sweep)')));
  expect(sweepRun).toContain("FULL_SWEEP: '1'");
  for (const f of sampled) expect(sweepRun, f).toContain(`'${f}'`);
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  expect(scripts['test:sweep']).toBe('node scripts/test.ts --sweep');
  const ci = readFileSync('.ci/run', 'utf8').split('\n').map((l) => l.trim());
  expect(ci.indexOf('npm run test:sweep')).toBeGreaterThan(ci.indexOf('npm test'));
  expect(ci.indexOf('npm test')).toBeGreaterThan(-1);
});
