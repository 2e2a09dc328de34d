// One fixture per finding of the home page: a copy of the data with one row changed so that the
// finding's sentence would no longer be true; the build stops, names the finding, and leaves the
// previous dist/ as it was.
import { expect, test } from 'vitest';
import { brokenCopy } from './badInput.ts';
import { STORY_FINDINGS, type StoryFindingId } from '../src/model/site.ts';

const version = JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')).version as string;

/** Changes one cell of one row of a table, and gives the change its reason (as a curator would). */
const changeCell = (c: ReturnType<typeof brokenCopy>, table: string, id: string, column: string, from: string, to: string) => {
  c.edit(`${table}.csv`, (t) => {
    const lines = t.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${id},`));
    if (at < 0 || !lines[at].includes(from)) throw new Error(`fixture: ${table} ${id} has no ${from}`);
    lines[at] = lines[at].replace(from, to);
    return lines.join('\n');
  });
  c.edit('changes.csv', (t) => `${t.endsWith('\n') ? t : `${t}\n`}${version},${table},${id},${column},recoding,Fixture: one changed cell.,测试：改动一个单元格。\n`);
};

const FIXTURES: Record<StoryFindingId, { change: string; breakIt: (c: ReturnType<typeof brokenCopy>) => void }> = {
  'promises-compared': {
    change: 'the leading jobs target becomes a ceiling (at most 30万人)',
    breakIt: (c) => changeCell(c, 'targets', 'xianning-platforms-t003', 'comparator', ',gte,30,,万人,', ',lte,30,,万人,'),
  },
  'report-done': {
    change: 'a figure of the report becomes a target, so the report promises something',
    breakIt: (c) => changeCell(c, 'targets', 'panshan-report-t013', 'kind', ',outcome,firms_served,', ',target,firms_served,'),
  },
};

test('every finding of the home page has a fixture', () => {
  expect(Object.keys(FIXTURES).sort()).toEqual([...STORY_FINDINGS].sort());
});

test.each(STORY_FINDINGS.map((id) => [id, FIXTURES[id].change]))('%s: when %s, the build stops naming the finding', (id) => {
  const c = brokenCopy();
  FIXTURES[id].breakIt(c);
  const r = c.build();
  expect(r.status, r.stdout).not.toBe(0);
  expect(r.stderr).toContain(`finding "${id}"`);
  // Only that finding fails: a fixture that broke the data itself would be a fixture of something else.
  for (const other of STORY_FINDINGS.filter((x) => x !== id)) expect(r.stderr).not.toContain(`finding "${other}"`);
  expect(r.stderr).not.toMatch(/^data\/.*\.csv:\d+:/m);
  expect(c.distIntact()).toBe(true);
}, 60_000);
