// Page weights are exact (gzip bytes read from the build folder), so budgets are asserted here;
// times are noisy and only reported by npm run bench.
import { expect, test } from 'vitest';
import { BUDGETS, KB, budgeted, weighBuild } from '../scripts/bench/budgets.ts';

const root = process.env.DIST_DIR ?? 'dist';
const pages = weighBuild(root, process.env.BASE ?? '/');

test('the build has the budgeted page types that every build has', () => {
  const types = new Set(pages.map((p) => p.type));
  for (const type of ['home', 'region', 'theme', 'embed', 'quote-card', 'receipt']) expect(types, type).toContain(type);
});

test.each(Object.keys(BUDGETS))('every %s page is within its budget', (type) => {
  const budget = BUDGETS[type];
  const over = pages
    .filter((p) => p.type === type && p.overBudget)
    .map((p) => `${p.file}: ${(budgeted(p.weight, budget) / KB).toFixed(1)} KB > ${budget.kb} KB`);
  expect(over).toEqual([]);
});
