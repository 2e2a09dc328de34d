// Every URL the site had before pages were generated from the locale table still exists: the
// fixture lists every file of the build (hashed assets aside) as it was, and each must be built.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { listFiles } from '../scripts/builtSite/site.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const before = readFileSync(new URL('./fixtures/built-urls.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

test('every file built before is still built', () => {
  const now = new Set(listFiles(dist));
  expect(before.length).toBeGreaterThan(100);
  expect(before.filter((f) => !now.has(f))).toEqual([]);
});
