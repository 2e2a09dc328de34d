// npm run bench: a clean build of data/ into a temporary folder (timed), then the weight of every
// page type beside its budget; then the scale curve (synthetic builds of 5, 25, 50 and 100 places,
// BENCH_PLACES to choose) and the validation of a 50 MB targets.csv (BENCH_MB). Written to
// bench/results.json and printed as tables (the scale tables in Markdown, for the README).
// Times are reported, never asserted: they depend on the machine and on what else runs on it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, BUILD_SECONDS_BUDGET, weighBuild } from './bench/budgets.ts';
import { formatTable, typeRows } from './bench/report.ts';
import { bigTargetsRow, machine, scaleRow, scaleTable, type ScaleRow } from './bench/scale.ts';
import { buildSite } from './builtSite/buildSite.ts';

const list = (v: string | undefined, fallback: number[]) => (v === undefined ? fallback : v.split(',').filter(Boolean).map(Number));
const placeCounts = list(process.env.BENCH_PLACES, [5, 25, 50, 100]);
const bigMb = list(process.env.BENCH_MB, [50]);

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const dist = join(work, 'dist');
const base = process.env.BASE ?? '/';
try {
  const build = buildSite({ dist, siteJson: join(work, 'site.json'), base, dataDir: process.env.DATA_DIR });
  const buildSeconds = build.seconds;
  if (!build.ok) throw new Error(`the build failed\n${build.output}`);
  const pages = weighBuild(dist, base);
  const rows = typeRows(pages);
  console.log(formatTable(rows, buildSeconds));
  if (rows.some((r) => !r.ok)) process.exitCode = 1;

  const scale: ScaleRow[] = [];
  for (const n of placeCounts) {
    console.error(`bench: ${n} places…`);
    scale.push(await scaleRow(n, base));
  }
  const big = bigMb.map((n) => { console.error(`bench: ${n} MB targets.csv…`); return bigTargetsRow(n); });
  console.log(`\nScale (${machine()}):\n`);
  if (scale.length) console.log(scaleTable(scale));
  for (const b of big) console.log(`\nvalidate a ${b.megabytes} MB targets.csv (${b.rows} rows): ${b.seconds.toFixed(1)} s, peak ${b.peakMb?.toFixed(0) ?? '–'} MB`);

  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({
    measured: new Date().toISOString(), machine: machine(), buildSeconds, buildBudgetSeconds: BUILD_SECONDS_BUDGET, budgetsKb: BUDGETS,
    types: rows, pages: pages.map((p) => ({ path: p.path, type: p.type, lang: p.lang, load: p.weight.load, use: p.weight.use, overBudget: p.overBudget })),
    scale, bigTargets: big,
  }, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
