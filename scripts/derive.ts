// Validates data/ and writes src/generated/site.json, what the pages read. Exits 1 on any problem.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { validateData } from './data/validate.ts';
import { reportProblems } from './data/problem.ts';
import { siteData } from './derive/siteData.ts';

export function derive(dataDir: string, outFile = 'src/generated/site.json'): boolean {
  const { dataset, problems } = validateData(dataDir);
  if (problems.length) {
    reportProblems(problems, dataDir, ': nothing was built');
    return false;
  }
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
  mkdirSync('src/generated', { recursive: true });
  writeFileSync(outFile, JSON.stringify(siteData(dataset, version)));
  return true;
}

if (import.meta.main) process.exit(derive(process.env.DATA_DIR ?? 'data') ? 0 : 1);
