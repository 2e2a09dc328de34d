// Two clean builds of the same data produce byte-identical output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { fingerprint } from '../scripts/builtSite/fingerprint.ts';
import { buildSite } from '../scripts/builtSite/buildSite.ts';

const work = mkdtempSync(join(tmpdir(), 'deterministic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string): string {
  const dist = join(work, name);
  const r = buildSite({ dist, siteJson: join(work, `${name}.json`) });
  expect(r.ok, r.output).toBe(true);
  return dist;
}

test('two clean builds are identical, file for file', () => {
  const first = fingerprint(build('first'));
  const second = fingerprint(build('second'));
  expect(Object.keys(first).length).toBeGreaterThan(100);
  expect(second).toEqual(first);
}, 300_000);
