import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../downloads/frozen.ts';
import { COMPUTED_COLUMNS } from '../data/comparableColumn.ts';
import { cellChanges, type CellChange } from '../data/releaseDiff.ts';
import { previousRelease } from '../data/releases.ts';
import { packageVersion } from '../downloads/write.ts';
import { tables } from '../../src/schema/index.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** The table that records reasons is itself not asked for reasons. */
const CHANGES_TABLE = 'changes';

/**
 * Every cell that differs from the previous frozen release has a reason in changes.csv for this
 * release (its row, or rows whose key starts with what comes before a final *, or * for every row;
 * its column, or * for a whole row), and every reason of this release explains some change.
 */
export const changeReasons: Rule = ({ dataset, complete }) => {
  if (!complete) return [];
  const version = packageVersion();
  const previous = previousRelease(dataset.dataDir, version);
  // Once the current version is cut, a change belongs to the next release (releaseFrozen says so).
  if (!previous || existsSync(join(dataset.dataDir, 'releases', version, MANIFEST_FILE))) return [];
  const problems: Problem[] = [];
  const reasons = dataset.changes.filter((c) => c.row.release === version);
  const idMatches = (id: string, c: CellChange) => id === '*' || id === c.id || (id.endsWith('*') && c.id.startsWith(id.slice(0, -1)));
  const explains = (r: (typeof reasons)[number]['row'], c: CellChange) =>
    r.table === c.table && idMatches(r.id, c) && (r.column === '*' || r.column === c.column);
  const used = new Set<number>();
  const missing = new Map<string, CellChange[]>(); // table + column → changes without a reason
  for (const change of cellChanges(join(dataset.dataDir, 'releases', previous), dataset.dataDir)) {
    if (change.table === CHANGES_TABLE) continue;
    // A computed cell's reason is the reasons of the cells it is computed from.
    if (COMPUTED_COLUMNS.some((c) => c.table === change.table && c.column === change.column)) continue;
    const explaining = reasons.filter((r) => explains(r.row, change));
    for (const r of explaining) used.add(r.line);
    if (explaining.length) continue;
    const key = `${change.table}\u0000${change.column}`;
    missing.set(key, [...(missing.get(key) ?? []), change]);
  }
  for (const list of missing.values()) {
    const { table, file, column } = list[0];
    const schema = tables.find((t) => t.name === table)!;
    const lineOf = (id: string) => (dataset as unknown as Record<string, { row: Record<string, unknown>; line: number }[]>)[table]
      ?.find((x) => schema.key.map((k) => String(x.row[k])).join('/') === id)?.line ?? 1;
    const ids = list.map((c) => c.id);
    problems.push({
      file: `data/${file}`, line: lineOf(ids[0]), column,
      message: `${list.length} change${list.length === 1 ? '' : 's'} since release ${previous} without a reason in data/changes.csv for ${version} (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}; ${list[0].change.replace('_', ' ')})`,
    });
  }
  for (const r of reasons) {
    if (!used.has(r.line)) problems.push({ file: 'data/changes.csv', line: r.line, column: 'id', message: `${r.row.table} ${r.row.id} ${r.row.column}: no such change since release ${previous}` });
  }
  return problems;
};
