import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { deterministicZip } from './zip.ts';
import { assertMatchesFrozen, differences, manifestOf, manifestJson, MANIFEST_FILE, SUMS_FILE } from './frozen.ts';
import { packageVersion } from './write.ts';
import { frozenReleases } from '../data/releases.ts';
import { zipFileOf } from '../../src/site/downloads.ts';

const text = (s: string) => new TextEncoder().encode(s);
const zipOf = (files: Record<string, string>) =>
  deterministicZip('shuangchuang-data-2030.01.01', Object.entries(files).map(([path, s]) => ({ path, bytes: text(s) })), new Date(2030, 0, 1));

describe('manifests', () => {
  const a = manifestOf('2030.01.01', zipOf({ 'targets.csv': 'a\n', 'README.md': 'r\n' }));
  test('list every file inside the zip with its bytes and SHA-256, and the zip itself', () => {
    expect(a.files.map((f) => f.path)).toEqual(['shuangchuang-data-2030.01.01/README.md', 'shuangchuang-data-2030.01.01/targets.csv']);
    // The SHA-256 of "a\n", as sha256sum prints it.
    expect(a.files[1]).toMatchObject({ bytes: 2, sha256: '87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7' });
    expect(a.zip.path).toBe('shuangchuang-data-2030.01.01.zip');
  });
  test('name each file that changed, appeared or disappeared', () => {
    const b = manifestOf('2030.01.01', zipOf({ 'targets.csv': 'b\n', 'extra.csv': 'x\n' }));
    const diff = differences(a, b).join('\n');
    expect(diff).toMatch(/targets\.csv: 2 bytes .* released as 2 bytes/);
    expect(diff).toMatch(/README\.md: in the release, not written by this build/);
    expect(diff).toMatch(/extra\.csv: written by this build, not in the release/);
    expect(differences(a, a)).toEqual([]);
  });
  test('a build of a cut version that differs from its manifest stops', () => {
    const data = mkdtempSync(join(tmpdir(), 'sc-frozen-'));
    mkdirSync(join(data, 'releases', '2030.01.01'), { recursive: true });
    writeFileSync(join(data, 'releases', '2030.01.01', MANIFEST_FILE), manifestJson(a));
    expect(() => assertMatchesFrozen(data, '2030.01.01', zipOf({ 'targets.csv': 'a\n', 'README.md': 'r\n' }))).not.toThrow();
    expect(() => assertMatchesFrozen(data, '2030.01.01', zipOf({ 'targets.csv': 'changed\n', 'README.md': 'r\n' }))).toThrow(/release 2030\.01\.01 was cut .*\n.*targets\.csv/);
    expect(() => assertMatchesFrozen(data, '2031.01.01', zipOf({}))).not.toThrow(); // not cut: nothing to match
  });
});

describe('the built site', () => {
  const dist = process.env.DIST_DIR ?? 'dist';
  /** Unzips a published zip beside its SHA256SUMS in a fresh folder and runs sha256sum -c there. */
  const check = (folder: string, version: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-sums-'));
    const zip = readFileSync(join(folder, zipFileOf(version)));
    writeFileSync(join(dir, zipFileOf(version)), zip);
    writeFileSync(join(dir, SUMS_FILE), readFileSync(join(folder, SUMS_FILE)));
    for (const [path, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      if (!path.endsWith('/')) writeFileSync(join(dir, path), bytes);
    }
    return spawnSync('sha256sum', ['--check', '--strict', SUMS_FILE], { cwd: dir, encoding: 'utf8' });
  };
  test('the current release passes sha256sum -c', () => {
    const r = check(join(dist, 'data'), packageVersion());
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/CHANGELOG\.md: OK/);
  });
  test.each(frozenReleases('data'))('release %s is published unchanged and passes sha256sum -c', (version) => {
    const published = join(dist, 'data', 'releases', version);
    for (const f of [zipFileOf(version), MANIFEST_FILE, SUMS_FILE]) {
      expect(readFileSync(join(published, f)).equals(readFileSync(join('data', 'releases', version, f))), f).toBe(true);
    }
    const r = check(published, version);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
