import type { Rule } from './context.ts';

/** Every theme is used by at least one measure (checked only on the whole dataset). */
export const themesUsed: Rule = ({ dataset, complete }) => {
  if (!complete) return [];
  const used = new Set(dataset.measures.flatMap(({ row }) => row.themes));
  return dataset.themes
    .filter(({ row }) => !used.has(row.theme_id))
    .map(({ row, line }) => ({ file: 'data/themes.csv', line, column: 'theme_id', message: `theme ${row.theme_id} is used by no measure` }));
};
