// The bench's synthetic data sets are valid data: every rule passes on them, so the bench measures
// real work, and they hold what they say.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { validateData } from '../data/validate.ts';
import { formatProblem } from '../data/problem.ts';
import { growTargets, replicatePlaces } from './synthetic.ts';

const curated = validateData('data').dataset;

test('places replicated under new ids pass every rule, each with its own documents and texts', () => {
  const places = curated.regions.length * 2 + 1;
  const dir = join(mkdtempSync(join(tmpdir(), 'syn-')), 'data');
  replicatePlaces('data', dir, places);
  const { dataset, problems } = validateData(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  expect(dataset.regions).toHaveLength(places);
  expect(new Set(dataset.regions.map((r) => r.row.region_id)).size).toBe(places);
  expect(new Set(dataset.documents.map((d) => d.row.region_id)).size).toBe(places);
  expect(dataset.targets.length).toBeGreaterThan(curated.targets.length * 2);
});

test('a grown targets.csv reaches its size and passes every rule', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syn-'));
  growTargets('data', dir, 400_000);
  expect(statSync(join(dir, 'targets.csv')).size).toBeGreaterThanOrEqual(400_000);
  const { dataset, problems } = validateData(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  // Every row written is read and valid: the copies are as many rounds as the size asks for.
  expect(dataset.targets.length / curated.targets.length).toBe(Math.ceil(400_000 / statSync(join("data", "targets.csv")).size));
});
