// Release versions: the date of publication (YYYY.MM.DD), and -2, -3… for later releases of the same day.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = /^(\d{4})\.(\d{2})\.(\d{2})(?:-(\d+))?$/;

export const isReleaseVersion = (v: string) => VERSION.test(v);

/** The publication date of a release, as YYYY-MM-DD. */
export function releaseDate(version: string): string {
  const m = VERSION.exec(version);
  if (!m) throw new Error(`release version ${version} is not a date (YYYY.MM.DD, or YYYY.MM.DD-N for a later release of the same day)`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Orders versions by date, then by their number within the day (none = 1). */
export function compareVersions(a: string, b: string): number {
  const key = (v: string) => {
    const m = VERSION.exec(v)!;
    return [Number(`${m[1]}${m[2]}${m[3]}`), Number(m[4] ?? 1)];
  };
  const [x, y] = [key(a), key(b)];
  return x[0] - y[0] || x[1] - y[1];
}

/** Frozen releases in data/releases/, oldest first. */
export function frozenReleases(dataDir: string): string[] {
  const dir = join(dataDir, 'releases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(isReleaseVersion).sort(compareVersions);
}

/** The frozen release the current one is compared with: the newest that is older than it. */
export function previousRelease(dataDir: string, current: string): string | undefined {
  return frozenReleases(dataDir).filter((v) => compareVersions(v, current) < 0).at(-1);
}
