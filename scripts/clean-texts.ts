// npm run clean: writes data/sources/clean/<doc_id>.txt from the raw texts (furniture, glosses,
// corrections, simplified script, full-width marks). npm run validate checks the written files stay current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './data/load.ts';
import { reportProblems, type Problem } from './data/problem.ts';
import { cleanTextOf } from './data/cleanTexts.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const { dataset, problems: loadProblems } = loadDataset(dataDir);
const problems: Problem[] = loadProblems.filter((p) => /documents|corrections/.test(p.file));
if (!problems.length) {
  for (const { row: doc } of dataset.documents) {
    const { text, problems: cleanProblems } = cleanTextOf(dataset, doc);
    problems.push(...cleanProblems);
    const path = join(dataDir, doc.clean_file);
    writeFileSync(path, text);
    console.log(`${path}: ${text.length} characters`);
  }
}
if (problems.length) {
  reportProblems(problems, dataDir);
  process.exit(1);
}
