// npm test brings what it needs beside Node on a fresh machine: every missing package in one apt
// call (python3-pandas with Chromium and the fonts), and CI leaves that to it.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ensureSystemPackages, SYSTEM_PACKAGES } from './chromium.ts';

test('the packages the tests need include pandas for the API snippet, beside Chromium and the CJK fonts', () => {
  expect(SYSTEM_PACKAGES.map((p) => p.name).sort()).toEqual(['chromium', 'fonts-noto-cjk', 'python3-pandas']);
});

test('what is missing is installed in one go when it can be, and named when it cannot', () => {
  const installed = new Set<string>(['b']);
  const packages = ['a', 'b', 'c'].map((name) => ({ name, present: () => installed.has(name) }));
  const calls: string[][] = [];
  expect(ensureSystemPackages(packages, { canInstall: () => false, install: (n) => calls.push(n) })).toEqual(['a', 'c']);
  expect(calls).toEqual([]);
  expect(ensureSystemPackages(packages, { canInstall: () => true, install: (n) => { calls.push(n); for (const x of n) if (x !== 'c') installed.add(x); } })).toEqual(['c']);
  expect(calls).toEqual([['a', 'c']]);
});

test('npm test installs them itself: scripts/test.ts asks for every package, and CI runs npm test without installing any', () => {
  expect(readFileSync('scripts/test.ts', 'utf8')).toMatch(/ensureSystemPackages\(\)/);
  const ci = readFileSync('.ci/run', 'utf8');
  expect(ci).not.toMatch(/apt-get install/);
  expect(ci).toMatch(/^npm test$/m);
});
