import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** Every unit a measure names is mapped in departments.csv, and every mapping is used. */
export const departmentsNamed: Rule = ({ dataset, docs }) => {
  const problems: Problem[] = [];
  const mapped = new Set(dataset.departments.map(({ row }) => `${row.doc_id}\u0000${row.name}`));
  const named = new Set<string>();
  for (const { row, line } of dataset.measures) {
    for (const column of ['lead_units', 'responsible_units', 'partner_units'] as const) {
      for (const unit of row[column]) {
        const key = `${row.doc_id}\u0000${unit}`;
        named.add(key);
        if (!mapped.has(key)) problems.push({ file: 'data/measures.csv', line, column, message: `${JSON.stringify(unit)} has no row in departments.csv for ${row.doc_id}` });
      }
    }
  }
  for (const { row, line } of dataset.departments) {
    if (docs.has(row.doc_id) && !named.has(`${row.doc_id}\u0000${row.name}`)) problems.push({ file: 'data/departments.csv', line, column: 'name', message: `${JSON.stringify(row.name)} is named by no measure of ${row.doc_id}` });
  }
  return problems;
};
