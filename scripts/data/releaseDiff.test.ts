import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseDiff, diffMarkdown, readCsvLoose, statedDiff } from './releaseDiff.ts';
import { compareVersions, previousRelease, releaseDate } from './releases.ts';
import { packageVersion } from '../downloads/write.ts';

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sc-diff-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('a diff of two releases on tiny tables', () => {
  const documents = 'doc_id,region_id\nda,a\ndb,b\n';
  const then = folder({ 'documents.csv': documents, 'targets.csv': 'target_id,doc_id,value,basis\nt1,da,1,level\nt2,db,2,total\nt3,db,3,total\n' });
  const now = folder({ 'documents.csv': documents, 'targets.csv': 'target_id,doc_id,value,measure\nt1,da,1,stock_at_end\nt2,db,20,new_in_period\nt4,db,4,\n' });
  const targets = releaseDiff(then, now).find((d) => d.file === 'targets.csv')!;
  test('rows added, removed and changed, and columns added and removed', () => {
    expect(targets).toMatchObject({ added: 1, removed: 1, changed: 1, columnsAdded: ['measure'], columnsRemoved: ['basis'] });
  });
  test('cells changed per column and place; a new column counts the cells filled', () => {
    expect(targets.cells).toEqual({ value: { b: 1 }, measure: { a: 1, b: 1 } });
  });
  test('unchanged tables stay out of the Markdown, changed ones are in it', () => {
    const md = diffMarkdown('v1', releaseDiff(then, now), ['a', 'b']);
    expect(md).toContain('| targets.csv | 1 | 1 | 1 | measure | basis |');
    expect(md).not.toContain('| regions.csv |');
  });
});

test('versions sort by date and by their number within the day', () => {
  expect(['2026.11.22-2', '2026.01.01', '2026.11.22'].sort(compareVersions)).toEqual(['2026.01.01', '2026.11.22', '2026.11.22-2']);
  expect(releaseDate('2026.11.22-2')).toBe('2026-11-22');
  expect(() => releaseDate('22.11.2026')).toThrow(/not a date/);
  const data = mkdtempSync(join(tmpdir(), 'sc-rel-'));
  for (const v of ['2026.01.01', '2026.11.22', '2026.11.22-2']) mkdirSync(join(data, 'releases', v), { recursive: true });
  expect(previousRelease(data, '2026.11.22-2')).toBe('2026.11.22');
  expect(previousRelease(data, '2026.01.01')).toBeUndefined();
});

test('the changelog states exactly the diff of the current tables against the previous frozen release', () => {
  const version = packageVersion();
  const previous = previousRelease('data', version);
  expect(previous, 'a frozen release older than the current one').toBeDefined();
  const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
  const entry = changelog.slice(changelog.indexOf(`## ${version}`)).split(/\n## /)[0];
  const places = readCsvLoose('data/regions.csv').rows.map((r) => r.region_id);
  expect(statedDiff(entry), 'run npm run changelog').toBe(diffMarkdown(previous!, releaseDiff(join('data/releases', previous!), 'data'), places));
});

test('the frozen release is the published one: its tables are those inside its zip', async () => {
  const { unzipSync } = await import('fflate');
  for (const version of ['2026.11.22']) {
    const dir = join('data/releases', version);
    const zip = unzipSync(readFileSync(join(dir, `shuangchuang-data-${version}.zip`)));
    for (const file of ['targets.csv', 'measures.csv', 'regions.csv']) {
      expect(new TextDecoder().decode(zip[`shuangchuang-data-${version}/${file}`]), `${version}/${file}`).toBe(readFileSync(join(dir, file), 'utf8'));
    }
  }
});
