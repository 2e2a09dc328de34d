import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The folder every raw and clean text lives in, relative to the data folder. */
export const SOURCES_DIR = 'sources';

const inside = (parent: string, child: string) => {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/**
 * The file a path from the data names, only if it resolves inside <dataDir>/sources/ (symbolic
 * links followed); undefined for `..`, absolute paths and links leading out. A path that does not
 * exist yet is judged by where it would be.
 */
export function confinedSourcePath(dataDir: string, path: string): string | undefined {
  if (isAbsolute(path) || path.includes('\\') || path.split('/').some((s) => s === '..')) return undefined;
  const root = resolve(dataDir, SOURCES_DIR);
  const file = resolve(dataDir, path);
  if (!inside(root, file)) return undefined;
  if (!existsSync(file)) return file;
  const realRoot = existsSync(root) ? realpathSync(root) : root;
  return inside(realRoot, realpathSync(file)) ? file : undefined;
}

/** Like confinedSourcePath, but throws: for steps that run only on validated data. */
export function sourceFile(dataDir: string, path: string): string {
  const file = confinedSourcePath(dataDir, path);
  if (!file) throw new Error(`${join(dataDir, path)} leads outside ${join(dataDir, SOURCES_DIR)}/`);
  return file;
}
