// Titles name every leader: what is highest is found once here, ties included, for every chart family.
import type { Words } from '../i18n/words/en.ts';

/** Every row whose value is the largest, in the order given (all of them when all are equal). */
export function leadersBy<T>(rows: readonly T[], value: (row: T) => number): T[] {
  if (rows.length === 0) return [];
  const max = Math.max(...rows.map(value));
  return rows.filter((r) => value(r) === max);
}

/** Every row whose value is the smallest, in the order given. */
export const lastBy = <T>(rows: readonly T[], value: (row: T) => number): T[] => leadersBy(rows, (r) => -value(r));

/** Names as a list in the page's language: A; A and B; A, B and C. */
export const nameList = (names: readonly string[], s: Pick<Words, 'listSeparator' | 'findings'>): string =>
  names.length <= 1 ? (names[0] ?? '') : s.findings.and(names.slice(0, -1).join(s.listSeparator), names.at(-1)!);
