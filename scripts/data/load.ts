import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tables, type Region, type Document, type Theme, type Metric, type Definition, type Measure, type Target, type Correction, type IgnoredFigure, type IgnoredTerm, type GlossaryTerm, type Department } from '../../src/schema/index.ts';
import type { Table } from '../../src/schema/table.ts';
import { readCsv } from './csv.ts';
import type { Problem } from './problem.ts';

export interface Located<T> { row: T; line: number }

export interface Dataset {
  dataDir: string;
  regions: Located<Region>[];
  documents: Located<Document>[];
  themes: Located<Theme>[];
  metrics: Located<Metric>[];
  definitions: Located<Definition>[];
  measures: Located<Measure>[];
  targets: Located<Target>[];
  corrections: Located<Correction>[];
  'ignored-figures': Located<IgnoredFigure>[];
  'ignored-terms': Located<IgnoredTerm>[];
  glossary: Located<GlossaryTerm>[];
  departments: Located<Department>[];
}

export const fileOf = (table: Pick<Table, 'file'>) => `data/${table.file}`;

/** Reads and type-checks every table of a data folder; rows that fail their schema are left out. */
export function loadDataset(dataDir: string): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset = { dataDir } as Dataset;
  for (const table of tables) {
    const file = fileOf(table);
    const path = join(dataDir, table.file);
    const located: Located<unknown>[] = [];
    (dataset as unknown as Record<string, unknown>)[table.name] = located;
    if (!existsSync(path)) {
      problems.push({ file, line: 1, column: '(file)', message: 'file is missing' });
      continue;
    }
    const columns = Object.keys(table.schema.shape);
    const { records, problems: csvProblems } = readCsv(file, readFileSync(path), columns);
    problems.push(...csvProblems);
    for (const record of records) {
      const parsed = table.schema.safeParse(record.values);
      if (parsed.success) located.push({ row: parsed.data, line: record.line });
      else for (const issue of parsed.error.issues) {
        problems.push({ file, line: record.line, column: String(issue.path[0] ?? '(row)'), message: `${issue.message} (got ${JSON.stringify(record.values[String(issue.path[0])] ?? '')})` });
      }
    }
  }
  return { dataset, problems };
}

/** The clean text of a document, as the offsets in measures and targets count it. */
export function cleanText(dataset: Dataset, doc: Document): string | undefined {
  const path = join(dataset.dataDir, doc.clean_file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
