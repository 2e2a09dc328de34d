// Paths from the data never leave their folder: raw_file and clean_file resolve inside
// data/sources/ (no "..", no absolute path, no symbolic link leading out), and the zip writer
// refuses any entry an unpacker would write outside its folder.
import { describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateData } from '../scripts/data/validate.ts';
import { loadDataset } from '../scripts/data/load.ts';
import { formatProblem } from '../scripts/data/problem.ts';
import { confinedSourcePath } from '../scripts/data/sourcePath.ts';
import { writeDownloads } from '../scripts/downloads/write.ts';
import { deterministicZip, unsafeEntryName } from '../scripts/downloads/zip.ts';
import { brokenCopy } from './badInput.ts';

const putuoRaw = 'sources/raw/putuo-2019.txt';

describe('raw_file and clean_file stay inside data/sources/', () => {
  test.each([
    ['a path with ..', '../../../outside/raw.txt'],
    ['a path that climbs out and back', 'sources/../../outside/raw.txt'],
    ['an absolute path', '/etc/passwd'],
  ])('%s is a problem at its line, and the file is never read', (_, path) => {
    const copy = brokenCopy();
    mkdirSync(join(copy.root, 'outside'));
    writeFileSync(join(copy.root, 'outside', 'raw.txt'), readFileSync(join('data', putuoRaw)));
    copy.edit('documents.csv', (t) => t.replace(`,${putuoRaw},`, `,${path},`));
    const problems = validateData(copy.data).problems.map(formatProblem);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^data/documents\\.csv:\\d+: raw_file: ${path.replace(/[.]/g, '\\.')} leads outside data/sources/`))]);
  });

  test('a symbolic link leading out of data/sources/ is refused', () => {
    const copy = brokenCopy();
    const outside = join(copy.root, 'outside.txt');
    renameSync(join(copy.data, putuoRaw), outside);
    symlinkSync(outside, join(copy.data, putuoRaw));
    expect(confinedSourcePath(copy.data, putuoRaw)).toBeUndefined();
    expect(validateData(copy.data).problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/documents\.csv:\d+: raw_file: sources\/raw\/putuo-2019\.txt leads outside data\/sources\//)]);
  });

  test('a symbolic link inside data/sources/ is fine', () => {
    const copy = brokenCopy();
    renameSync(join(copy.data, putuoRaw), join(copy.data, 'sources/raw/elsewhere.txt'));
    symlinkSync(join(copy.data, 'sources/raw/elsewhere.txt'), join(copy.data, putuoRaw));
    expect(confinedSourcePath(copy.data, putuoRaw)).toBe(join(copy.data, putuoRaw));
  });

  test('the downloads refuse to copy a path that leads out, and write nothing outside their folder', () => {
    const copy = brokenCopy();
    mkdirSync(join(copy.root, 'outside'));
    writeFileSync(join(copy.root, 'outside', 'raw.txt'), 'not ours');
    copy.edit('documents.csv', (t) => t.replace(`,${putuoRaw},`, ',../outside/raw.txt,'));
    // Straight to the downloads, as if validation had been skipped.
    const { dataset } = loadDataset(copy.data, { keepFiles: true });
    const out = join(copy.root, 'site');
    expect(() => writeDownloads(dataset, out)).toThrow(/leads outside/);
    expect(readFileSync(join(copy.root, 'outside', 'raw.txt'), 'utf8')).toBe('not ours');
    expect(existsSync(join(out, 'outside'))).toBe(false);
  });
});

describe('the zip writer', () => {
  const when = new Date(2026, 10, 22);
  const entry = (path: string) => ({ path, bytes: new Uint8Array([1]) });
  test.each(['../evil.txt', 'sources/../../evil.txt', '/etc/evil', 'C:/evil.txt', 'a\\..\\evil.txt', '', 'a//b', './a'])('refuses the entry %j', (name) => {
    expect(unsafeEntryName(name)).toBeDefined();
    expect(() => deterministicZip('release', [entry('ok.txt'), entry(name)], when)).toThrow(/refused/);
  });
  test('refuses a folder name that climbs out', () => {
    expect(() => deterministicZip('../release', [entry('ok.txt')], when)).toThrow(/refused/);
  });
  test('takes ordinary nested names', () => {
    expect(unsafeEntryName('sources/raw/putuo-2019.txt')).toBeUndefined();
    expect(deterministicZip('release', [entry('sources/raw/a.txt'), entry('README.md')], when).length).toBeGreaterThan(0);
  });
});
