// A cut release never changes, and validate (not the build) says so: in a copy of the project, the
// current release is cut, a cell of data/ is edited, and validate names the frozen release and the
// command that opens the next; that command sets the new version everywhere it lives, and validate
// then asks for the change's reason under the new version.
import { beforeAll, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { projectCopy } from './badInput.ts';
import { compareVersions } from '../scripts/data/releases.ts';
import { NEXT_RELEASE_COMMAND } from '../scripts/rules/releaseFrozen.ts';

const project = projectCopy();
const cut = project.version();
let edited = { file: 'metrics.csv', line: 2, column: 'description_en', id: '' };
let afterEdit = '';

beforeAll(() => {
  // The copy's current release is cut first, unless the project has already cut it.
  if (!existsSync(join(project.data, 'releases', cut, 'manifest.json'))) {
    const release = project.run('scripts/release.ts');
    expect(release.status, release.stderr).toBe(0);
  }
  const path = join(project.data, edited.file);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: 'greedy' });
  const row = parsed.data[0];
  edited = { ...edited, id: row.metric_id };
  row[edited.column] = `${row[edited.column]} (edited)`;
  writeFileSync(path, Papa.unparse({ fields: parsed.meta.fields!, data: parsed.data.map((r) => parsed.meta.fields!.map((f) => r[f])) }, { newline: '\n' }) + '\n');
  afterEdit = project.run('scripts/validate.ts').stderr;
}, 120_000);

test('validate says the data differ from the cut release, names the file and the command to run', () => {
  expect(afterEdit).toContain(`data/${edited.file}:1: *: differs from release ${cut}`);
  expect(afterEdit).toContain(`data/releases/${cut}/`);
  expect(afterEdit).toContain(NEXT_RELEASE_COMMAND);
  // It does not ask for reasons under the frozen release.
  expect(afterEdit).not.toContain(`for ${cut}`);
});

test('the release command opens the next release in package.json, package-lock.json, the changelog and the citation files', () => {
  const opened = project.run('scripts/release.ts', ...NEXT_RELEASE_COMMAND.split(' -- ')[1].split(' '));
  expect(opened.status, opened.stderr).toBe(0);
  const next = project.version();
  expect(compareVersions(next, cut)).toBeGreaterThan(0);
  const lock = JSON.parse(readFileSync(join(project.root, 'package-lock.json'), 'utf8'));
  expect([lock.version, lock.packages[''].version]).toEqual([next, next]);
  const changelog = readFileSync(join(project.data, 'CHANGELOG.md'), 'utf8');
  expect(changelog.indexOf(`## ${next}\n`)).toBeGreaterThan(0);
  expect(changelog.indexOf(`## ${next}\n`)).toBeLessThan(changelog.indexOf(`## ${cut}\n`));
  // The new entry's computed block compares with the cut release and counts the edit.
  const entry = changelog.slice(changelog.indexOf(`## ${next}\n`), changelog.indexOf(`## ${cut}\n`));
  expect(entry).toContain(`releases/${cut}/`);
  expect(entry).toMatch(new RegExp(`\\| ${edited.file} \\| 0 \\| 0 \\| 1 \\|`));
  expect(readFileSync(join(project.root, 'CITATION.cff'), 'utf8')).toContain(`version: "${next}"`);
  expect(JSON.parse(readFileSync(join(project.root, '.zenodo.json'), 'utf8')).version).toBe(next);

  // validate now asks for the reason under the new version, at the edited cell.
  const validate = project.run('scripts/validate.ts');
  expect(validate.status).toBe(1);
  expect(validate.stderr).toContain(`data/${edited.file}:${edited.line}: ${edited.column}: 1 change since release ${cut} without a reason in data/changes.csv for ${next}`);
  expect(validate.stderr).not.toContain('differs from release');

  // With its reason, the data are valid again, and the command refuses to open yet another release.
  writeFileSync(join(project.data, 'changes.csv'), `${readFileSync(join(project.data, 'changes.csv'), 'utf8')}${next},metrics,${edited.id},${edited.column},correction,Test edit.,测试修改。\n`);
  const valid = project.run('scripts/validate.ts');
  expect(valid.status, valid.stderr).toBe(0);
  const again = project.run('scripts/release.ts', '--next');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain(`release ${next} is still open`);
});
