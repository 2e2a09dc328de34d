import { writeSync } from 'node:fs';

/** One thing wrong with the data, located at the physical line its record starts on. */
export interface Problem {
  file: string; // relative to the project root, e.g. data/targets.csv
  line: number;
  column: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.column}: ${p.message}`;

/**
 * Writes the problems to stderr synchronously: the scripts exit right after, and a write still
 * queued for a pipe would be lost, so a caller could miss the very line that locates the problem.
 */
export function reportProblems(problems: readonly Problem[], where: string, consequence = '') {
  const summary = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where}/${consequence}`;
  const bytes = Buffer.from(`${problems.map(formatProblem).join('\n')}\n\n${summary}\n`);
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(2, bytes, written);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e; // a full pipe: wait for the reader
    }
  }
}
