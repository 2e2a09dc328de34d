// Public downloads written next to the pages: the tables as they are in data/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tables } from '../../src/schema/index.ts';

export function writeDownloads(dataDir: string, outDir: string) {
  mkdirSync(join(outDir, 'data'), { recursive: true });
  for (const table of tables) copyFileSync(join(dataDir, table.file), join(outDir, 'data', table.file));
}
