// definitions.csv's comparable is computed: validate names the command that writes it, and that
// command writes exactly what the headlines make it, leaving the rest of the file as it was.
import { expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { brokenCopy } from './badInput.ts';
import { COMPUTED_COLUMNS } from '../scripts/data/comparableColumn.ts';

const command = COMPUTED_COLUMNS.find((c) => c.column === 'comparable')!.command;
const script = JSON.parse(readFileSync('package.json', 'utf8')).scripts[command.replace('npm run ', '')] as string;

test('a comparable flag out of date: validate names the command, which writes the computed value back', () => {
  const copy = brokenCopy();
  const path = join(copy.data, 'definitions.csv');
  const curated = readFileSync(path, 'utf8');
  const lines = curated.split('\n');
  const flipped = [lines.findIndex((l) => l.endsWith(',true')), lines.findIndex((l, i) => i > 0 && l.endsWith(',false'))];
  for (const i of flipped) lines[i] = lines[i].replace(/,(true|false)$/, (_m, v) => (v === 'true' ? ',false' : ',true'));
  writeFileSync(path, lines.join('\n'));
  const env = { ...process.env, DATA_DIR: copy.data };
  const before = spawnSync(process.execPath, ['scripts/validate.ts'], { env, encoding: 'utf8' });
  for (const i of flipped) expect(before.stderr).toContain(`data/definitions.csv:${i + 1}: comparable: `);
  expect(before.stderr).toContain(`run \`${command}\` to write it`);
  const wrote = spawnSync(process.execPath, script.split(' ').slice(1), { env, encoding: 'utf8' });
  expect(wrote.status, wrote.stderr).toBe(0);
  expect(readFileSync(path, 'utf8')).toBe(curated);
  const after = spawnSync(process.execPath, ['scripts/validate.ts'], { env, encoding: 'utf8' });
  expect(after.status, after.stderr).toBe(0);
});
