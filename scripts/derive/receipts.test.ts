import { expect, test, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changeApplies, withdrawnIds } from './receipts.ts';
import type { Change } from '../../src/schema/index.ts';

const root = mkdtempSync(join(tmpdir(), 'receipts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const release = (version: string, targets: string[]) => {
  mkdirSync(join(root, 'releases', version), { recursive: true });
  writeFileSync(join(root, 'releases', version, 'targets.csv'), `target_id\n${targets.join('\n')}\n`);
  writeFileSync(join(root, 'releases', version, 'measures.csv'), 'measure_id\nm1\n');
};
release('2026.01.01', ['a', 'b', 'c']);
release('2026.02.01', ['a', 'c']);
const why = (id: string, releaseOf: string): Change => ({ release: releaseOf, table: 'targets', id, column: '*', kind: 'correction', reason_en: `Removed ${id}.`, reason_zh: `删除${id}。` });

test('an id published earlier and absent now is withdrawn in the first release without it, with its reason', () => {
  const withdrawn = withdrawnIds(root, '2026.03.01', { targets: new Set(['a']), measures: new Set(['m1']) }, [why('b', '2026.02.01'), why('c', '2026.03.01')]);
  expect(withdrawn).toEqual([
    { table: 'targets', id: 'b', last_release: '2026.01.01', withdrawn_in: '2026.02.01', reason_en: 'Removed b.', reason_zh: '删除b。' },
    { table: 'targets', id: 'c', last_release: '2026.02.01', withdrawn_in: '2026.03.01', reason_en: 'Removed c.', reason_zh: '删除c。' },
  ]);
});

test('an id that was never released is not withdrawn, and one still present is not either', () => {
  const withdrawn = withdrawnIds(root, '2026.03.01', { targets: new Set(['a', 'b', 'c', 'new']), measures: new Set(['m1']) }, []);
  expect(withdrawn).toEqual([]);
});

test('a reason applies to its own row, to every row (*), or to the rows of a prefix', () => {
  const c = { table: 'targets', id: 'yuetang-2016*' };
  expect(changeApplies(c, 'targets', 'yuetang-2016-t001')).toBe(true);
  expect(changeApplies(c, 'targets', 'putuo-2019-t001')).toBe(false);
  expect(changeApplies({ table: 'targets', id: '*' }, 'targets', 'x')).toBe(true);
  expect(changeApplies({ table: 'measures', id: '*' }, 'targets', 'x')).toBe(false);
});
