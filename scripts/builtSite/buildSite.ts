// Runs scripts/build.ts into a folder of one's own (tests, bench): its own derived site.json and a
// clean environment, since a test runner's variables (NODE_ENV=test, BASE_URL, MODE, DEV, VITEST…)
// would otherwise leak into Astro's import.meta.env.
import { spawnSync } from 'node:child_process';

export interface BuildOptions {
  dist: string; siteJson: string; base?: string; dataDir?: string; /** The project to build (another copy of it, in tests). */ cwd?: string;
  /** Card images take the most time of a clean build; builds that do not look at them leave them out. */
  cards?: boolean;
}

const LEAKS = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|DATA_DIR|DIST_DIR|SITE_JSON|BASE|OUT_DIR|PAGE_SHARD)$/;

export function buildSite({ dist, siteJson, base = '/', dataDir = 'data', cwd, cards = false }: BuildOptions): { ok: boolean; status: number | null; signal: NodeJS.Signals | null; seconds: number; output: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LEAKS.test(k)));
  const started = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd, encoding: 'utf8', env: { ...env, DIST_DIR: dist, SITE_JSON: siteJson, BASE: base, DATA_DIR: dataDir, CARDS: cards ? 'on' : 'off' },
  });
  return { ok: r.status === 0, status: r.status, signal: r.signal, seconds: (performance.now() - started) / 1000, output: `${r.stdout}${r.stderr}`, stderr: r.stderr };
}
