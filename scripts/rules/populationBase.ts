import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/**
 * One population base: a population marked verified is the 2020 census resident population, and
 * its source names the bulletin with the date it was published (YYYY-MM-DD).
 */
export const populationBase: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  for (const { row, line } of dataset.regions) {
    const say = (column: string, message: string) => problems.push({ file: 'data/regions.csv', line, column, message });
    // A population used per resident names and cites its source: a title or address and the date it was published.
    if (row.population_source_kind !== 'none' && !/\b(19|20)\d{2}-\d{2}-\d{2}\b/.test(row.population_source)) say('population_source', `a population from a ${row.population_source_kind.replace('_', ' ')} must cite it with the date it was published (YYYY-MM-DD)`);
    if (row.population_verified && row.population_source_kind === 'none') say('population_source_kind', 'is none, but population_verified says a census bulletin is cited');
    if (!row.population_verified) continue;
    if (row.population_kind !== 'resident' || row.population_year !== 2020) say('population_verified', `is true, but the population is ${row.population_kind} of ${row.population_year}, not the 2020 census resident population`);
    if (!/\b(19|20)\d{2}-\d{2}-\d{2}\b/.test(row.population_source)) say('population_source', 'a verified population must cite its census bulletin with the date it was published (YYYY-MM-DD)');
  }
  return problems;
};
