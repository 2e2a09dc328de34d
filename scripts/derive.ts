// Validates data/ and writes src/generated/site.json, what the pages read. Exits 1 on any problem.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { validateData } from './data/validate.ts';
import { reportProblems, waitingNote } from './data/problem.ts';
import type { Dataset } from './data/load.ts';
import { siteData } from './derive/siteData.ts';

/** Writes what the pages read from a validated dataset. */
export function deriveSite(dataset: Dataset, outFile = 'src/generated/site.json') {
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  mkdirSync('src/generated', { recursive: true });
  writeFileSync(outFile, JSON.stringify(siteData(dataset, version)));
}

/** Validates a data folder and derives from it; the dataset, or undefined after reporting its problems. */
export function derive(dataDir: string, outFile = 'src/generated/site.json'): Dataset | undefined {
  const { dataset, problems, waiting } = validateData(dataDir, undefined, { keepFiles: true });
  if (problems.length) {
    reportProblems(problems, dataDir, `${waitingNote(waiting)}: nothing was built`);
    return undefined;
  }
  deriveSite(dataset, outFile);
  return dataset;
}

if (import.meta.main) process.exit(derive(process.env.DATA_DIR ?? 'data') ? 0 : 1);
