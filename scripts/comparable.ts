// npm run comparable: writes definitions.csv's `comparable` column from the headline targets (the
// same function the validator checks it with and the charts draw from), so a curator never types it.
// Every other cell stays as it was. A computed cell needs no reason in
// changes.csv: the changes that moved it (targets' rows) carry theirs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './data/load.ts';
import { reportProblems } from './data/problem.ts';
import { writeComparable } from './data/comparableColumn.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const { dataset, problems } = loadDataset(dataDir);
const needed = problems.filter((p) => /(targets|documents|definitions)\.csv$/.test(p.file));
if (needed.length) {
  reportProblems(needed, dataDir, ': comparable is computed from these tables, so nothing was written');
  process.exit(1);
}
const path = join(dataDir, 'definitions.csv');
const { text, changed } = writeComparable(readFileSync(path, 'utf8'), dataset.targets.map((t) => t.row), dataset.documents.map((d) => d.row));
if (changed.length) writeFileSync(path, text);
console.log(changed.length
  ? `${dataDir}/definitions.csv: comparable written for ${changed.map((c) => `${c.id} (${c.value})`).join(', ')}.`
  : `${dataDir}/definitions.csv: comparable already as the headline targets make it.`);
