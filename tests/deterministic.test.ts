// Two clean builds of the same data produce byte-identical output. Under npm test, the build it made
// for every test file (SHARED_DIST) is the first, so only one more build is made here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fingerprint } from '../scripts/builtSite/fingerprint.ts';
import { buildSite } from '../scripts/builtSite/buildSite.ts';

const work = mkdtempSync(join(tmpdir(), 'deterministic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const shared = process.env.SHARED_DIST;

function build(name: string): string {
  const dist = join(work, name);
  // As the shared build was made (with its cards), when there is one.
  const r = buildSite({ dist, siteJson: join(work, `${name}.json`), cards: shared !== undefined });
  expect(r.ok, r.output).toBe(true);
  return dist;
}

test('two clean builds are identical, file for file', () => {
  const first = fingerprint(shared ?? build('first'));
  const second = fingerprint(build('second'));
  expect(Object.keys(first).length).toBeGreaterThan(100);
  expect(second).toEqual(first);
}, 300_000);
