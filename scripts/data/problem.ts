import { writeSync } from 'node:fs';

/**
 * How far a problem reaches: a file that cannot be read at all (encoding, delimiter, line endings,
 * header), one row that does not fit its schema, or a rule across rows and tables. Causes come in
 * that order: a file-level problem explains its rows, and a dropped row explains what refers to it.
 */
export type Scope = 'file' | 'row' | 'rule';

/** One thing wrong with the data, located at the physical line its record starts on. */
export interface Problem {
  file: string; // relative to the project root, e.g. data/targets.csv
  line: number;
  column: string;
  message: string;
  /** Absent means a rule. */
  scope?: Scope;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.column}: ${p.message}`;

const RANK: Record<Scope, number> = { file: 0, row: 1, rule: 2 };

/** Causes first: file-level problems, then rows that fail their schema, then rules; each by file and line. */
export const causesFirst = (problems: readonly Problem[]): Problem[] =>
  [...problems].sort((a, b) => RANK[a.scope ?? 'rule'] - RANK[b.scope ?? 'rule'] || a.file.localeCompare(b.file) || a.line - b.line);

/** "N problems in M files, the first cause is data/x.csv:1: column: what is wrong". */
export function summarise(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const first = causesFirst(problems)[0];
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}${first ? `, the first cause is ${formatProblem(first)}` : ''}`;
}

/**
 * Writes the problems, causes first, to stderr synchronously: the scripts exit right after, and a
 * write still queued for a pipe would be lost, so a caller could miss the very line that locates the problem.
 */
export function reportProblems(problems: readonly Problem[], where: string, consequence = '') {
  const summary = `${summarise(problems)} (in ${where}/)${consequence}`;
  const bytes = Buffer.from(`${causesFirst(problems).map(formatProblem).join('\n')}\n\n${summary}\n`);
  for (let written = 0; written < bytes.length; ) {
    try {
      written += writeSync(2, bytes, written);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e; // a full pipe: wait for the reader
    }
  }
}

/** What a report adds when rules wait for their tables to be whole: fixing the causes may show more. */
export const waitingNote = (waiting: readonly string[]) =>
  waiting.length ? `; ${waiting.length} cross-table check${waiting.length === 1 ? '' : 's'} (${waiting.join(', ')}) will run once these are fixed` : '';
