// A fingerprint of a folder: the SHA-256 of every file, by relative path.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site.ts';

export function fingerprint(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((f) => [f, createHash('sha256').update(readFileSync(join(root, f))).digest('hex')]));
}
