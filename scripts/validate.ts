// npm run validate: every problem in data/, one per line as file:line: column: what is wrong.
import { validateData } from './data/validate.ts';
import { formatProblem } from './data/problem.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const onlyDocs = process.env.VALIDATE_DOCS?.split(',').filter(Boolean);
const { problems } = validateData(dataDir, onlyDocs);
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dataDir}/`);
  process.exit(1);
}
console.log(`${dataDir}/: all tables valid`);
