// Opening the next data release: every place its version lives (package.json, package-lock.json),
// its entry in data/CHANGELOG.md, reasons written too early relabelled, and the computed files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions, frozenReleases, isReleaseVersion } from '../data/releases.ts';
import { MANIFEST_FILE } from '../downloads/frozen.ts';
import { rewriteChangelog } from './changelog.ts';

/** Files at the project's root that carry the version; CITATION.cff and .zenodo.json are written from the data. */
export const VERSION_FILES = ['package.json', 'package-lock.json'] as const;
export const ENTRY_STUB = "(Being written: this release's changes are listed here as they are made.)";

const dateVersion = (d: Date) => d.toISOString().slice(0, 10).replaceAll('-', '.');

/** Today's date as a version, or, when a release of today (or later) exists, the next of the same day. */
export function nextVersion(current: string, today: Date, taken: readonly string[] = []): string {
  const all = [current, ...taken];
  const latest = all.sort(compareVersions).at(-1)!;
  const day = dateVersion(today);
  if (compareVersions(day, latest) > 0) return day;
  const base = latest.replace(/-\d+$/, '');
  const n = Number(/-(\d+)$/.exec(latest)?.[1] ?? 1);
  return `${base}-${n + 1}`;
}

/** package.json and package-lock.json with `version` set, their layout kept. */
export function setVersion(root: string, version: string) {
  for (const file of VERSION_FILES) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const json = JSON.parse(readFileSync(path, 'utf8'));
    json.version = version;
    if (json.packages?.['']) json.packages[''].version = version;
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  }
}

/** A `## version` entry above the newest one, to be written by the curator. */
export function addChangelogEntry(changelog: string, version: string): string {
  if (new RegExp(`^## ${version.replace(/\./g, '\\.')}\\s*$`, 'm').test(changelog)) return changelog;
  const first = changelog.search(/^## /m);
  const entry = `## ${version}\n\n${ENTRY_STUB}\n\n`;
  return first < 0 ? `${changelog.trimEnd()}\n\n${entry}` : changelog.slice(0, first) + entry + changelog.slice(first);
}

/**
 * Reasons a curator wrote under the frozen release after it was cut (they are not in its frozen
 * changes.csv) belong to the new one: their `release` cell is rewritten, nothing else.
 */
export function relabelReasons(changes: string, frozenChanges: string | undefined, from: string, to: string): { text: string; moved: number } {
  const frozen = new Set((frozenChanges ?? '').replace(/\r\n/g, '\n').split('\n'));
  let moved = 0;
  // Line by line, so every other byte of the file stays as it was (the release is a record's first cell).
  const lines = changes.split('\n');
  const out = lines.map((line) => {
    const bare = line.replace(/\r$/, '');
    if (!bare.startsWith(`${from},`) || frozen.has(bare)) return line;
    moved++;
    return `${to}${line.slice(from.length)}`;
  });
  return { text: out.join('\n'), moved };
}

export interface Opened { version: string; previous: string; done: string[] }

/** Opens the release after the current one, which must be cut; `root` holds package.json and data/. */
export function openNextRelease(root: string, current: string, { version, today = new Date() }: { version?: string; today?: Date } = {}): Opened {
  const dataDir = join(root, 'data');
  if (!existsSync(join(dataDir, 'releases', current, MANIFEST_FILE))) {
    throw new Error(`release ${current} is still open (it has not been cut: data/releases/${current}/ has no ${MANIFEST_FILE}): give your changes their reasons in data/changes.csv under ${current}, or cut it first with \`npm run release\`.`);
  }
  const next = version ?? nextVersion(current, today, frozenReleases(dataDir));
  if (!isReleaseVersion(next)) throw new Error(`${next} is not a release version (YYYY.MM.DD, or YYYY.MM.DD-N)`);
  if (compareVersions(next, current) <= 0 || frozenReleases(dataDir).includes(next)) throw new Error(`${next} is not newer than ${current} and every frozen release`);
  const done: string[] = [];
  setVersion(root, next);
  done.push(`${VERSION_FILES.join(' and ')}: version ${next}.`);
  const changelogPath = join(dataDir, 'CHANGELOG.md');
  writeFileSync(changelogPath, addChangelogEntry(readFileSync(changelogPath, 'utf8'), next));
  done.push(`data/CHANGELOG.md: a "## ${next}" entry to write.`);
  const changesPath = join(dataDir, 'changes.csv');
  const frozenChangesPath = join(dataDir, 'releases', current, 'changes.csv');
  const { text, moved } = relabelReasons(readFileSync(changesPath, 'utf8'), existsSync(frozenChangesPath) ? readFileSync(frozenChangesPath, 'utf8') : undefined, current, next);
  if (moved) {
    writeFileSync(changesPath, text);
    done.push(`data/changes.csv: ${moved} reason${moved === 1 ? '' : 's'} written under ${current} after it was cut, now under ${next}.`);
  }
  done.push(...rewriteChangelog(dataDir, next, root));
  return { version: next, previous: current, done };
}
