/** One thing wrong with the data, located at the physical line its record starts on. */
export interface Problem {
  file: string; // relative to the project root, e.g. data/targets.csv
  line: number;
  column: string;
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line}: ${p.column}: ${p.message}`;
