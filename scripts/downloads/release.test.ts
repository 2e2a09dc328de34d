import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from 'vitest';
import { assertChangelogHas, packageVersion } from './write.ts';
import { isReleaseVersion, releaseDate } from '../data/releases.ts';

const version = packageVersion();
const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
const rows = (file: string) => Papa.parse(readFileSync(join('data', file), 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data.length;

test('the release version is a date and the changelog’s latest entry', () => {
  expect(isReleaseVersion(version)).toBe(true);
  expect(/^## (\S+)/m.exec(changelog)?.[1]).toBe(version);
  expect(() => assertChangelogHas(changelog, '1999.01.01')).toThrow(/no "## 1999.01.01" entry/);
});

test('the counts the changelog states for this release are the row counts of data/', () => {
  const entry = changelog.slice(changelog.indexOf(`## ${version}`)).split(/\n## /)[0];
  const stated = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(entry)?.[1]);
  expect(stated('documents')).toBe(rows('documents.csv'));
  expect(stated('measures')).toBe(rows('measures.csv'));
  expect(stated('figures')).toBe(rows('targets.csv'));
  expect(stated('ignored amounts')).toBe(rows('ignored-figures.csv'));
  expect(stated('corrections')).toBe(rows('corrections.csv'));
  expect(stated('themes')).toBe(rows('themes.csv'));
  expect(stated('metrics')).toBe(rows('metrics.csv'));
  expect(stated('definitions')).toBe(rows('definitions.csv'));
  expect(stated('responsible units')).toBe(rows('departments.csv'));
});

test('CITATION.cff cites the current release', () => {
  const cff = readFileSync('CITATION.cff', 'utf8');
  expect(/^version: "([^"]+)"/m.exec(cff)?.[1]).toBe(version);
  expect(/^date-released: "([^"]+)"/m.exec(cff)?.[1]).toBe(releaseDate(version));
  expect(cff).toMatch(/^license: CC-BY-4.0$/m);
});
