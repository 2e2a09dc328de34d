// One fixture per finding of the home page: a copy of the data with one row changed so that the
// finding's sentence would no longer be true; the build stops, names the finding, and leaves the
// previous dist/ as it was.
import { expect, test } from 'vitest';
import { brokenCopy } from './badInput.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_FINDINGS, type StoryFindingId } from '../src/model/site.ts';
import { previousRelease } from '../scripts/data/releases.ts';

const version = JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')).version as string;

const previous = previousRelease('data', version);
/** A table the previous release did not have is new in this one: one reason covers all its rows. */
const isNew = (table: string) => previous !== undefined && !existsSync(join('data', 'releases', previous, `${table}.csv`));

/** Changes one cell of one row of a table, and gives the change its reason (as a curator would), keyed by the table's key. */
const changeCell = (c: ReturnType<typeof brokenCopy>, table: string, id: string, column: string, from: string, to: string, key = id) => {
  c.edit(`${table}.csv`, (t) => {
    const lines = t.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${id},`) && l.includes(from));
    if (at < 0 || !lines[at].includes(from)) throw new Error(`fixture: ${table} ${id} has no ${from}`);
    lines[at] = lines[at].replace(from, to);
    return lines.join('\n');
  });
  if (!isNew(table)) c.edit('changes.csv', (t) => `${t.endsWith('\n') ? t : `${t}\n`}${version},${table},${key},${column},recoding,Fixture: one changed cell.,测试：改动一个单元格。\n`);
};

const FIXTURES: Record<StoryFindingId, { change: string; breakIt: (c: ReturnType<typeof brokenCopy>) => void }> = {
  'promises-compared': {
    change: 'the leading jobs target becomes a ceiling (at most 30万人)',
    breakIt: (c) => changeCell(c, 'targets', 'xianning-platforms-t003', 'comparator', ',gte,30,,万人,', ',lte,30,,万人,'),
  },
  'plans-agree': {
    change: 'a plan’s training figure becomes a result already achieved, so that plan no longer commits to training',
    breakIt: (c) => changeCell(c, 'targets', 'yuetang-2016-t014', 'kind', ',target,people_trained,', ',outcome,people_trained,'),
  },
  'plans-part-ways': {
    change: 'a plan’s figure on government purchasing becomes a result already achieved, so that plan no longer commits to it',
    breakIt: (c) => changeCell(c, 'targets', 'xianning-platforms-t009', 'kind', ',rule,procurement_threshold_cny,', ',outcome,procurement_threshold_cny,'),
  },
  'groups-named': {
    change: 'the codebook marks young people, a group one plan alone names, as “no group named”',
    breakIt: (c) => changeCell(c, 'codebook-answers', 'groups_named', 'mark', 'groups_named,young_people,fact,', 'groups_named,young_people,none,', 'groups_named/young_people'),
  },
  'money-on-table': {
    change: 'the sum a plan puts into its fund becomes a ceiling (up to 50万元)',
    breakIt: (c) => changeCell(c, 'targets', 'yuetang-2016-t041', 'comparator', ',50万元,4386,eq,50,', ',50万元,4386,lte,50,'),
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
