// What changed between a frozen release (data/releases/<version>/) and the current tables: rows
// added, removed and changed, cells changed per column and per place. The changelog's counts are
// written from this and checked against it, so no count in it is typed by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { tables } from '../../src/schema/index.ts';

type Row = Record<string, string>;

/** All places together, for rows that belong to no one place (vocabularies). */
export const ALL_PLACES = '(all)';

/** One cell that differs between two releases; column '*' for a whole row added or removed, id '*' for a whole column removed. */
export interface CellChange { table: string; file: string; id: string; column: string; place: string; change: 'changed' | 'filled' | 'row_added' | 'row_removed' | 'column_removed' }

export interface TableDiff {
  file: string;
  added: number;
  removed: number;
  /** Rows present in both whose cells differ in a column present in both. */
  changed: number;
  columnsAdded: string[];
  columnsRemoved: string[];
  /** column → place → cells changed (for new columns: cells filled). */
  cells: Record<string, Record<string, number>>;
  /** Every cell that differs, one entry each: what `cells` counts, and what changes.csv must explain. */
  changes: CellChange[];
}

/** A CSV read as strings under its own header, whatever the columns of that release were. */
export function readCsvLoose(path: string): { fields: string[]; rows: Row[] } {
  if (!existsSync(path)) return { fields: [], rows: [] };
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The key of a row as changes.csv names it: its key columns joined by '/'. */
export const rowId = (key: readonly string[], r: Row) => key.map((k) => r[k]).join('/');

/** Every cell that differs between the tables of `releaseDir` and those of `dataDir`. */
export function cellChanges(releaseDir: string, dataDir: string): CellChange[] {
  return releaseDiff(releaseDir, dataDir).flatMap((d) => d.changes);
}

/** Every table of the current schema, diffed against the same file in `releaseDir`. */
export function releaseDiff(releaseDir: string, dataDir: string): TableDiff[] {
  const docsNow = readCsvLoose(join(dataDir, 'documents.csv')).rows;
  const docsThen = readCsvLoose(join(releaseDir, 'documents.csv')).rows;
  const regionOfDoc = new Map([...docsThen, ...docsNow].map((d) => [d.doc_id, d.region_id]));
  const placeOf = (r: Row) => r.region_id ?? regionOfDoc.get(r.doc_id) ?? ALL_PLACES;
  return tables.map((table) => {
    const then = readCsvLoose(join(releaseDir, table.file));
    const now = readCsvLoose(join(dataDir, table.file));
    const key = (r: Row) => rowId(table.key, r);
    const changes: CellChange[] = [];
    const note = (id: string, column: string, place: string, change: CellChange['change']) => changes.push({ table: table.name, file: table.file, id, column, place, change });
    const before = new Map(then.rows.map((r) => [key(r), r]));
    const after = new Map(now.rows.map((r) => [key(r), r]));
    const shared = now.fields.filter((f) => then.fields.includes(f));
    const columnsAdded = then.fields.length ? now.fields.filter((f) => !then.fields.includes(f)) : [];
    let changed = 0;
    for (const [k, row] of after) {
      const old = before.get(k);
      if (!old) continue;
      const differing = shared.filter((c) => (old[c] ?? '') !== (row[c] ?? ''));
      if (differing.length) changed++;
      for (const c of differing) note(k, c, placeOf(row), 'changed');
      for (const c of columnsAdded) if ((row[c] ?? '') !== '') note(k, c, placeOf(row), 'filled');
    }
    for (const [k, row] of after) if (!before.has(k)) note(k, '*', placeOf(row), 'row_added');
    for (const [k, row] of before) if (!after.has(k)) note(k, '*', placeOf(row), 'row_removed');
    const columnsRemoved = then.fields.filter((f) => !now.fields.includes(f));
    for (const c of columnsRemoved) note('*', c, ALL_PLACES, 'column_removed');
    const cells: TableDiff['cells'] = {};
    for (const c of changes) {
      if (c.change !== 'changed' && c.change !== 'filled') continue;
      cells[c.column] ??= {};
      cells[c.column][c.place] = (cells[c.column][c.place] ?? 0) + 1;
    }
    return {
      file: table.file,
      added: [...after.keys()].filter((k) => !before.has(k)).length,
      removed: [...before.keys()].filter((k) => !after.has(k)).length,
      changed,
      columnsAdded,
      columnsRemoved,
      cells,
      changes,
    };
  });
}

/** The diff as the changelog states it: Markdown tables, places in the order given. */
export function diffMarkdown(release: string, diffs: TableDiff[], places: readonly string[]): string {
  const lines = [
    `Counted from a diff of \`releases/${release}/\` against the tables of this release (\`npm run changelog\` writes this block; a test checks it).`,
    '',
    '| table | rows added | rows removed | rows changed (in columns of both) | columns added | columns removed |',
    '|---|---|---|---|---|---|',
  ];
  for (const d of diffs) {
    if (!d.added && !d.removed && !d.changed && !d.columnsAdded.length && !d.columnsRemoved.length) continue;
    lines.push(`| ${d.file} | ${d.added} | ${d.removed} | ${d.changed} | ${d.columnsAdded.join(', ') || '–'} | ${d.columnsRemoved.join(', ') || '–'} |`);
  }
  const columns = [...places, ALL_PLACES];
  for (const d of diffs) {
    const changedColumns = Object.keys(d.cells);
    if (!changedColumns.length) continue;
    const used = columns.filter((p) => changedColumns.some((c) => d.cells[c][p]));
    lines.push('', `Cells changed in ${d.file} (new columns: cells filled), by place:`, '', `| column | ${used.join(' | ')} |`, `|---|${used.map(() => '---').join('|')}|`);
    for (const c of changedColumns) lines.push(`| ${c} | ${used.map((p) => d.cells[c][p] ?? 0).join(' | ')} |`);
  }
  return lines.join('\n');
}

export const DIFF_BEGIN = '<!-- diff:begin -->';
export const DIFF_END = '<!-- diff:end -->';

/** The computed block of a changelog entry, or undefined when the entry has none. */
export function statedDiff(entry: string): string | undefined {
  const start = entry.indexOf(DIFF_BEGIN);
  const end = entry.indexOf(DIFF_END);
  return start < 0 || end < start ? undefined : entry.slice(start + DIFF_BEGIN.length, end).trim();
}
