// Titles name every leader: what is highest is found once here, ties included, for every chart family.

/** Every row whose value is the largest, in the order given (all of them when all are equal). */
export function leadersBy<T>(rows: readonly T[], value: (row: T) => number): T[] {
  if (rows.length === 0) return [];
  const max = Math.max(...rows.map(value));
  return rows.filter((r) => value(r) === max);
}

/** Every row whose value is the smallest, in the order given. */
export const lastBy = <T>(rows: readonly T[], value: (row: T) => number): T[] => leadersBy(rows, (r) => -value(r));
