// Runs scripts/build.ts into a folder of one's own (tests, bench): its own derived site.json and a
// clean environment, since a test runner's variables (NODE_ENV=test, BASE_URL, MODE, DEV, VITEST…)
// would otherwise leak into Astro's import.meta.env.
import { spawnSync } from 'node:child_process';

export interface BuildOptions { dist: string; siteJson: string; base?: string; dataDir?: string }

const LEAKS = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|DATA_DIR|DIST_DIR|SITE_JSON|BASE|OUT_DIR)$/;

export function buildSite({ dist, siteJson, base = '/', dataDir = 'data' }: BuildOptions): { ok: boolean; seconds: number; output: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LEAKS.test(k)));
  const started = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8', env: { ...env, DIST_DIR: dist, SITE_JSON: siteJson, BASE: base, DATA_DIR: dataDir },
  });
  return { ok: r.status === 0, seconds: (performance.now() - started) / 1000, output: `${r.stdout}${r.stderr}` };
}
