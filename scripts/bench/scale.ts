// How the pipeline scales: builds of synthetic data sets with more places, and validation of a
// large targets.csv, each timed with its peak memory (the largest process, from GNU time when the
// machine has it), page count, search weight and heaviest page.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../builtSite/buildSite.ts';
import { precompress } from '../builtSite/precompress.ts';
import { budgeted, KB, weighBuild, BUDGETS } from './budgets.ts';
import { growTargets, replicatePlaces } from './synthetic.ts';
import { splitIndexParts } from './weigh.ts';
import { gzipSync } from 'node:zlib';

const GNU_TIME = '/usr/bin/time';

export interface Measured { seconds: number; peakMb?: number; ok: boolean; output: string }

/** Runs a script of ours with node, timed, with the peak memory of its largest process when GNU time exists. */
export function measure(script: string, env: Record<string, string>): Measured {
  const work = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const peakFile = join(work, 'peak');
  const timed = existsSync(GNU_TIME);
  const [cmd, args] = timed ? [GNU_TIME, ['-f', '%M', '-o', peakFile, process.execPath, script]] : [process.execPath, [script]];
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = timed && existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8').trim().split('\n').at(-1)) : NaN;
  rmSync(work, { recursive: true, force: true });
  return { seconds, peakMb: Number.isFinite(peakKb) ? peakKb / 1024 : undefined, ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

export interface ScaleRow {
  places: number; validateSeconds: number; validatePeakMb?: number; buildSeconds: number; buildPeakMb?: number;
  /** Writing the .gz and .br copies of the built site, timed apart from the build (a step for hosts that serve them). */
  precompressSeconds: number;
  pages: number;
  /** gzip bytes the search page loads before its first results (the page, its scripts, the index it needs). */
  searchFirstResults: number;
  /** gzip bytes of the whole search index, however it is split. */
  searchIndexTotal: number;
  heaviest: { path: string; type: string; bytes: number };
  overBudget: string[];
}

/** Builds `places` synthetic places and weighs the result. */
export async function scaleRow(places: number, base = '/'): Promise<ScaleRow> {
  const work = mkdtempSync(join(tmpdir(), `bench-${places}-`));
  try {
    const data = join(work, 'data');
    replicatePlaces('data', data, places);
    const validate = measure('scripts/validate.ts', { DATA_DIR: data });
    if (!validate.ok) throw new Error(`${places} places: validation failed\n${validate.output.slice(0, 2000)}`);
    const dist = join(work, 'dist');
    // Card images are cached by content and not counted in the scale curve's build times.
    // Precompression is timed on its own, after the build, as the card images are left out.
    const env = { DATA_DIR: data, DIST_DIR: dist, SITE_JSON: join(work, 'site.json'), BASE: base, CARDS: 'off', PRECOMPRESS: 'off' };
    const build = measure('scripts/build.ts', env);
    if (!build.ok) throw new Error(`${places} places: the build failed\n${build.output.slice(-3000)}`);
    const compressStarted = performance.now();
    await precompress(dist);
    const precompressSeconds = (performance.now() - compressStarted) / 1000;
    const pages = weighBuild(dist, base);
    const search = pages.find((p) => p.type === 'search' && p.lang === 'en')!;
    const heaviest = pages.reduce((a, b) => (b.weight.load.total > a.weight.load.total ? b : a));
    // The whole index as the search page may end up loading it: the head and every part it lists.
    const head = search.weight.onUse.find((l) => l.kind === 'data' && splitIndexParts(readFileSync(join(dist, l.file), 'utf8')).length);
    const indexFiles = head ? [head.file, ...splitIndexParts(readFileSync(join(dist, head.file), 'utf8'))] : search.weight.onUse.filter((l) => l.kind === 'data').map((l) => l.file);
    return {
      places, validateSeconds: validate.seconds, validatePeakMb: validate.peakMb, buildSeconds: build.seconds, buildPeakMb: build.peakMb, precompressSeconds,
      pages: pages.length,
      searchFirstResults: budgeted(search.weight, BUDGETS.search),
      searchIndexTotal: indexFiles.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0),
      heaviest: { path: heaviest.path || '(home)', type: heaviest.type, bytes: heaviest.weight.load.total },
      overBudget: [...new Set(pages.filter((p) => p.overBudget).map((p) => `${p.type} (${p.lang}) ${(budgeted(p.weight, p.budget!) / KB).toFixed(0)}/${p.budget!.kb} KB`))],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Validates a copy of data/ whose targets.csv is grown to `megabytes` MB. */
export function bigTargetsRow(megabytes: number) {
  const work = mkdtempSync(join(tmpdir(), 'bench-big-'));
  try {
    growTargets('data', work, megabytes * 1_000_000);
    const rows = readFileSync(join(work, 'targets.csv'), 'utf8').split('\n').length - 2;
    const r = measure('scripts/validate.ts', { DATA_DIR: work });
    if (!r.ok) throw new Error(`${megabytes} MB targets.csv: validation failed\n${r.output.slice(0, 2000)}`);
    return { megabytes, rows, seconds: r.seconds, peakMb: r.peakMb };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const machine = () => `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

const kb = (bytes: number) => (bytes / KB).toFixed(0);
const mb = (x?: number) => (x === undefined ? '–' : x.toFixed(0));

export function scaleTable(rows: readonly ScaleRow[]): string {
  const head = '| places | validate (s) | validate peak (MB) | build (s) | build peak (MB) | precompression (s) | pages | search before first results (KB gzip) | whole search index (KB gzip) | heaviest page (KB gzip) | over budget |';
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|';
  const body = rows.map((r) => `| ${r.places} | ${r.validateSeconds.toFixed(1)} | ${mb(r.validatePeakMb)} | ${r.buildSeconds.toFixed(1)} | ${mb(r.buildPeakMb)} | ${r.precompressSeconds.toFixed(1)} | ${r.pages} | ${kb(r.searchFirstResults)} | ${kb(r.searchIndexTotal)} | ${r.heaviest.type} ${r.heaviest.path} ${kb(r.heaviest.bytes)} | ${r.overBudget.join('; ') || 'none'} |`);
  return [head, rule, ...body].join('\n');
}
