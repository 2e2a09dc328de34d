// Every URL the site had before pages were generated from the locale table still exists: the
// fixture lists every file of the build (hashed assets aside) as it was, and each must be built.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { listFiles } from '../scripts/builtSite/site.ts';
import { WITHDRAWN_CHARTS } from '../src/site/withdrawnCharts.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const before = readFileSync(new URL('./fixtures/built-urls.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);

/** A withdrawn chart's data is no longer published; its embed page stays, and says why. */
const withdrawnData = new Set(WITHDRAWN_CHARTS.flatMap((c) => [`data/charts/${c.chart_id}.csv`, `data/charts/${c.chart_id}.zh.csv`]));

test('every file built before is still built, but the data of withdrawn charts', () => {
  const now = new Set(listFiles(dist));
  expect(before.length).toBeGreaterThan(100);
  expect(before.filter((f) => !now.has(f) && !withdrawnData.has(f))).toEqual([]);
  for (const f of withdrawnData) expect(now.has(f), f).toBe(false);
});

test('the embed of a withdrawn chart says it was withdrawn, in its language, and draws no chart', () => {
  for (const { chart_id } of WITHDRAWN_CHARTS) {
    for (const [page, words] of [[`embed/${chart_id}/index.html`, 'withdrawn'], [`zh/embed/${chart_id}/index.html`, '撤下']]) {
      const html = readFileSync(`${dist}/${page}`, 'utf8');
      expect(html, page).toContain(words);
      expect(html, page).not.toContain('<svg class="sc-plot');
    }
  }
});
