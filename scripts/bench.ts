// npm run bench: a clean build into a temporary folder (timed), then the weight of every page type
// beside its budget; written to bench/results.json and printed as a table. Times are reported only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, BUILD_SECONDS_BUDGET, weighBuild } from './bench/budgets.ts';
import { formatTable, typeRows } from './bench/report.ts';
import { buildSite } from './builtSite/buildSite.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const dist = join(work, 'dist');
const base = process.env.BASE ?? '/';
try {
  const build = buildSite({ dist, siteJson: join(work, 'site.json'), base, dataDir: process.env.DATA_DIR });
  const buildSeconds = build.seconds;
  if (!build.ok) throw new Error(`the build failed\n${build.output}`);
  const pages = weighBuild(dist, base);
  const rows = typeRows(pages);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({
    measured: new Date().toISOString(), node: process.version, buildSeconds, buildBudgetSeconds: BUILD_SECONDS_BUDGET, budgetsKb: BUDGETS,
    types: rows, pages: pages.map((p) => ({ path: p.path, type: p.type, lang: p.lang, load: p.weight.load, use: p.weight.use, overBudget: p.overBudget })),
  }, null, 2)}\n`);
  console.log(formatTable(rows, buildSeconds));
  console.log('\nwritten to bench/results.json');
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
