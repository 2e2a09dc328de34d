// Writes data/sources/clean/<doc_id>.txt from the raw texts: furniture, glosses, corrections,
// simplified script. `--check` compares instead of writing and exits 1 on any difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './data/load.ts';
import { formatProblem } from './data/problem.ts';
import { cleanDocument } from './text/clean.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const check = process.argv.includes('--check');
const { dataset, problems } = loadDataset(dataDir);
const blocking = problems.filter((p) => /documents|corrections/.test(p.file));
if (blocking.length) { blocking.forEach((p) => console.error(formatProblem(p))); process.exit(1); }

let failed = false;
const corrections = dataset.corrections.map((c) => c.row);
for (const { row: doc } of dataset.documents) {
  const raw = readFileSync(join(dataDir, doc.raw_file), 'utf8');
  const { text, problems: cleanProblems } = cleanDocument(raw, doc, corrections);
  for (const p of cleanProblems) {
    const line = dataset.corrections.find((c) => c.row.correction_id === p.correction_id)?.line ?? 1;
    console.error(formatProblem({ file: 'data/corrections.csv', line, column: 'raw', message: p.message }));
    failed = true;
  }
  const path = join(dataDir, doc.clean_file);
  if (check) {
    let current = '';
    try { current = readFileSync(path, 'utf8'); } catch { /* reported below */ }
    if (current !== text) { console.error(`${path}: differs from what the cleaning produces: run npm run clean`); failed = true; }
  } else {
    writeFileSync(path, text);
    console.log(`${path}: ${text.length} characters`);
  }
}
process.exit(failed ? 1 : 0);
