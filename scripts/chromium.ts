// Finds Debian's Chromium for the browser tests, and what else the tests run beside Node (CJK fonts,
// python3 with pandas for the API snippet test), installing what is missing with apt when root.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p));
}

/** Debian packages the tests need, each with how to tell it is there. */
export const SYSTEM_PACKAGES: { name: string; present: () => boolean }[] = [
  { name: 'chromium', present: () => chromiumPath() !== undefined },
  { name: 'fonts-noto-cjk', present: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') },
  { name: 'python3-pandas', present: () => spawnSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', 'import pandas']).status === 0 },
];

const aptAsRoot = () => process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
function aptInstall(names: string[]) {
  console.log(`Installing ${names.join(', ')} with apt-get (first run only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
}

/** The packages still missing; installs them with apt-get first when running as root where apt is. */
export function ensureSystemPackages(packages = SYSTEM_PACKAGES, { canInstall = aptAsRoot, install = aptInstall } = {}): string[] {
  const missing = packages.filter((p) => !p.present());
  if (!missing.length) return [];
  if (!canInstall()) return missing.map((p) => p.name);
  install(missing.map((p) => p.name));
  return missing.filter((p) => !p.present()).map((p) => p.name);
}

/** Returns the path to Chromium, installing chromium and CJK fonts if root can; otherwise undefined. */
export function ensureChromium(): string | undefined {
  ensureSystemPackages(SYSTEM_PACKAGES.filter((p) => p.name !== 'python3-pandas'));
  return chromiumPath();
}
