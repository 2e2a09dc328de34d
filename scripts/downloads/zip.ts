// The one-file download: every entry in path order with one fixed timestamp, so that two builds of
// the same data give the same bytes.
import { zipSync, type Zippable } from 'fflate';
import { releaseDate } from '../data/releases.ts';

export interface ZipEntry { path: string; bytes: Uint8Array }

/** The release date at local midnight: zip stores local date parts, so this is the same in any time zone. */
export function releaseTime(version: string): Date {
  const [y, m, d] = releaseDate(version).split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function deterministicZip(folder: string, entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const paths = entries.map((e) => e.path);
  const dupe = paths.find((p, i) => paths.indexOf(p) !== i);
  if (dupe) throw new Error(`${dupe} is in the zip twice`);
  const files: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    files[`${folder}/${e.path}`] = [e.bytes, { mtime, level: 9 }];
  }
  return zipSync(files, { mtime, level: 9 });
}
