import { readFileSync, existsSync } from 'node:fs';
import { tables, type Region, type Document, type Theme, type Metric, type Definition, type Measure, type Target, type Correction, type IgnoredFigure, type IgnoredTerm, type GlossaryTerm, type InstrumentKind, type Department, type Change, type TargetGroupRow, type Check, type Question, type CodebookAnswer } from '../../src/schema/index.ts';
import type { Table } from '../../src/schema/table.ts';
import { join } from 'node:path';
import { readCsv, type CsvRead } from './csv.ts';
import type { Problem } from './problem.ts';
import { confinedSourcePath } from './sourcePath.ts';

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
  instruments: Located<InstrumentKind>[];
  departments: Located<Department>[];
  changes: Located<Change>[];
  'target-groups': Located<TargetGroupRow>[];
  checks: Located<Check>[];
  codebook: Located<Question>[];
  'codebook-answers': Located<CodebookAnswer>[];
  /** Each table's file as read once, its bytes and parse, kept for the downloads (only when asked: they double the memory a table takes). */
  files: Record<string, { bytes: Uint8Array; read: CsvRead }>;
  /** Tables whose file could not be read at all (missing, encoding, delimiter, header). */
  unreadable: Set<string>;
  /**
   * Per table, the keys of rows left out because they failed their schema (or were ragged): other
   * tables' references to them are consequences of that problem, not problems of their own.
   */
  rejected: Map<string, Set<string>>;
}

/** The tables a Dataset holds rows of. */
export type TableName = Exclude<keyof Dataset, 'dataDir' | 'files' | 'unreadable' | 'rejected'>;

export const fileOf = (table: Pick<Table, 'file'>) => `data/${table.file}`;

/**
 * Reads and type-checks every table of a data folder, each file once; rows that fail their schema
 * are left out. `keepFiles` keeps each file's bytes and cells for the downloads.
 */
export function loadDataset(dataDir: string, { keepFiles = false } = {}): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const dataset = { dataDir, files: {}, unreadable: new Set(), rejected: new Map() } as unknown as Dataset;
  for (const table of tables) {
    const file = fileOf(table);
    const path = join(dataDir, table.file);
    const located: Located<unknown>[] = [];
    const rejected = new Set<string>();
    (dataset as unknown as Record<string, unknown>)[table.name] = located;
    dataset.rejected.set(table.name, rejected);
    if (!existsSync(path)) {
      problems.push({ file, line: 1, column: '(file)', message: 'file is missing', scope: 'file' });
      dataset.unreadable.add(table.name);
      continue;
    }
    const columns = Object.keys(table.schema.shape);
    const bytes = readFileSync(path);
    const keyOf = (values: Record<string, string | undefined>) => table.key.map((k) => values[k] ?? '').join(' / ');
    const rowProblems: Problem[] = [];
    // Each record is checked as it is read, so a large table's cells need not all be held at once.
    const read = readCsv(file, bytes, columns, {
      keepRecords: keepFiles,
      onRecord: (record) => {
        const parsed = table.schema.safeParse(record.values);
        if (parsed.success) { located.push({ row: parsed.data, line: record.line }); return; }
        rejected.add(keyOf(record.values));
        for (const issue of parsed.error.issues) {
          rowProblems.push({ file, line: record.line, column: String(issue.path[0] ?? '(row)'), message: `${issue.message} (got ${JSON.stringify(record.values[String(issue.path[0])] ?? '')})`, scope: 'row' });
        }
      },
    });
    if (keepFiles) dataset.files[table.name] = { bytes, read };
    problems.push(...read.problems);
    if (read.unreadable) {
      // Whatever was read before the file-level problem was found is not checked further.
      located.length = 0;
      rejected.clear();
      dataset.unreadable.add(table.name);
      continue;
    }
    for (const record of read.ragged) rejected.add(keyOf(record.values));
    problems.push(...rowProblems);
  }
  return { dataset, problems };
}

/** True when every row of these tables was read: rules that need all rows skip otherwise. */
export const complete = (dataset: Dataset, names: readonly string[]) =>
  names.every((n) => !dataset.unreadable.has(n) && (dataset.rejected.get(n)?.size ?? 0) === 0);

/** The clean text of a document, as the offsets in measures and targets count it. */
export function cleanText(dataset: Dataset, doc: Document): string | undefined {
  const path = confinedSourcePath(dataset.dataDir, doc.clean_file);
  return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
