import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** part_of points to a total of the same document that is not smaller; one headline per document and definition. */
export const partsAndHeadlines: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const byId = new Map(dataset.targets.map((t) => [t.row.target_id, t.row]));
  const headlines = new Map<string, number>();
  for (const { row, line } of dataset.targets) {
    const file = 'data/targets.csv';
    if (row.part_of !== undefined) {
      const total = byId.get(row.part_of);
      if (total && total.doc_id !== row.doc_id) problems.push({ file, line, column: 'part_of', message: `${row.part_of} belongs to another document (${total.doc_id})` });
      else if (total && total.value_base < row.value_base) problems.push({ file, line, column: 'part_of', message: `the total ${row.part_of} (${total.value_base}) is smaller than this part (${row.value_base})` });
      if (row.part_of === row.target_id) problems.push({ file, line, column: 'part_of', message: 'a figure cannot be a part of itself' });
    }
    if (row.headline) {
      const key = `${row.doc_id} / ${row.definition}`;
      const first = headlines.get(key);
      if (first !== undefined) problems.push({ file, line, column: 'headline', message: `a second headline for ${key} (first on line ${first})` });
      else headlines.set(key, line);
    }
  }
  return problems;
};
