// npm run validate: every problem in data/, one per line as file:line: column: what is wrong.
import { validateData } from './data/validate.ts';
import { reportProblems } from './data/problem.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const onlyDocs = process.env.VALIDATE_DOCS?.split(',').filter(Boolean);
const { problems } = validateData(dataDir, onlyDocs);
if (problems.length) {
  reportProblems(problems, dataDir);
  process.exit(1);
}
console.log(`${dataDir}/: all tables valid`);
