// npm run validate: every problem in data/, one per line as file:line: column: what is wrong.
import { validateData } from './data/validate.ts';
import { reportProblems, waitingNote } from './data/problem.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const onlyDocs = process.env.VALIDATE_DOCS?.split(',').filter(Boolean);
const { problems, waiting } = validateData(dataDir, onlyDocs);
if (problems.length) {
  reportProblems(problems, dataDir, waitingNote(waiting));
  process.exit(1);
}
console.log(`${dataDir}/: all tables valid`);
