// Problems are reported cause first: a file that cannot be read is named once and stops its own
// row checks, and what other tables say about the ids it holds is not reported as problems of
// their own; one bad row is not buried under the rules it trips in other tables.
import { describe, expect, test } from 'vitest';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateData } from '../scripts/data/validate.ts';
import { formatProblem, summarise } from '../scripts/data/problem.ts';
import { brokenCopy } from './badInput.ts';
import Papa from 'papaparse';

/** A place's population as the curated data has it, so the tests break the value that is there. */
const populationOf = (id: string) =>
  Papa.parse<Record<string, string>>(readFileSync('data/regions.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.find((r) => r.region_id === id)!.population;

const validate = (breakIt: (copy: ReturnType<typeof brokenCopy>) => void) => {
  const copy = brokenCopy();
  breakIt(copy);
  return validateData(copy.data).problems;
};

const fileLevel: { name: string; file: string; message: RegExp; breakIt: (c: ReturnType<typeof brokenCopy>) => void }[] = [
  { name: 'a missing file', file: 'measures.csv', message: /file is missing/, breakIt: (c) => rmSync(join(c.data, 'measures.csv')) },
  { name: 'an empty file', file: 'measures.csv', message: /file is empty/, breakIt: (c) => writeFileSync(join(c.data, 'measures.csv'), '') },
  { name: 'GBK bytes', file: 'measures.csv', message: /^encoding: not UTF-8/, breakIt: (c) => appendFileSync(join(c.data, 'measures.csv'), Buffer.from([0xb4, 0xb4, 0x0a])) },
  { name: 'UTF-16', file: 'measures.csv', message: /^encoding: .*UTF-16/,
    breakIt: (c) => writeFileSync(join(c.data, 'measures.csv'), Buffer.from(`\ufeff${readFileSync(join(c.data, 'measures.csv'), 'utf8')}`, 'utf16le')) },
  { name: 'semicolons for commas', file: 'measures.csv', message: /^delimiter: /, breakIt: (c) => c.edit('measures.csv', (t) => t.replace(/^[^\n]+/, (h) => h.replace(/,/g, ';'))) },
  { name: 'a duplicated header column', file: 'measures.csv', message: /column appears twice/, breakIt: (c) => c.edit('measures.csv', (t) => t.replace('measure_id,', 'measure_id,measure_id,')) },
  { name: 'a renamed key column', file: 'documents.csv', message: /^missing column/, breakIt: (c) => c.edit('documents.csv', (t) => t.replace('doc_id,', 'document,')) },
  // Rows added in an editor that writes CRLF to a file saved with LF.
  { name: 'rows in CRLF under an LF header', file: 'regions.csv', message: /^line endings: /, breakIt: (c) => c.edit('regions.csv', (t) => t.replace(/\n(?=.)/g, (m, at) => (at === t.indexOf('\n') ? m : '\r\n'))) },
];

describe('a file that cannot be read', () => {
  test.each(fileLevel.map((c) => [c.name, c] as const))('%s: named first, and no problem of another table follows from it', (_, c) => {
    const problems = validate(c.breakIt);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].file).toBe(`data/${c.file}`);
    expect(problems[0].message).toMatch(c.message);
    expect(problems.filter((p) => p.file !== `data/${c.file}`).map(formatProblem)).toEqual([]);
    expect(summarise(problems)).toMatch(new RegExp(`^${problems.length} problems? in 1 file, the first cause is data/${c.file.replace('.', '\\.')}:`));
  });
});

describe('a row that fails its schema', () => {
  test('one impossible date is the only problem, not the first of sixty', () => {
    const problems = validate((c) => c.edit('documents.csv', (t) => t.replace('2015-04-16', '2015-02-30')));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/documents\.csv:\d+: issued: must be an ISO date/)]);
  });
  test('a negative population is the only problem: the place’s documents are not then "unknown"', () => {
    const population = populationOf('putuo');
    const problems = validate((c) => c.edit('regions.csv', (t) => t.replace(`,${population},`, `,-${population},`)));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/regions\.csv:5: population: must be a whole number of at least 1/)]);
  });
  test('a dropped measure does not make the rules that need every measure report its echoes', () => {
    const problems = validate((c) => c.edit('measures.csv', (t) => t.replace(/(\n[^\n]*?),action,/, '$1,actionable,')));
    expect(problems.length).toBe(1);
    expect(problems[0].file).toBe('data/measures.csv');
  });
  test('the rules that wait are named, so fixing the cause is not a surprise', () => {
    const copy = brokenCopy();
    copy.edit('measures.csv', (t) => t.replace(/(\n[^\n]*?),action,/, '$1,actionable,'));
    const { waiting } = validateData(copy.data);
    expect(waiting).toEqual(expect.arrayContaining(['actionItems', 'themesUsed', 'departmentsNamed']));
    expect(waiting).not.toContain('references');
    expect(validateData('data').waiting).toEqual([]);
  });
  test('row problems come before the rules’ problems, whatever their file', () => {
    const problems = validate((c) => {
      c.edit('targets.csv', (t) => t.replace(/(\n[^,\n]+,[^,\n]+,)[^,\n]+,/, '$1no-such-measure,'));
      c.edit('documents.csv', (t) => t.replace('2015-04-16', '2015-02-30'));
    });
    expect(problems[0].file).toBe('data/documents.csv');
    expect(problems.map((p) => p.scope ?? 'rule')).toEqual([...problems.map((p) => p.scope ?? 'rule')].sort((a, b) => ['file', 'row', 'rule'].indexOf(a) - ['file', 'row', 'rule'].indexOf(b)));
    expect(problems.some((p) => p.file === 'data/targets.csv' && /unknown measures id "no-such-measure"/.test(p.message))).toBe(true);
  });
});

test('the build ends with "N problems in M files, the first cause is …"', () => {
  const copy = brokenCopy();
  copy.edit('measures.csv', (t) => t.replace('measure_id,', 'measure_id,measure_id,'));
  copy.edit('regions.csv', (t) => t.replace(`,${populationOf('yuetang')},`, ',0,'));
  const result = copy.build();
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(/\n2 problems in 2 files, the first cause is data\/measures\.csv:1: measure_id: column appears twice in the header/);
  expect(result.stderr.split('\n')[0]).toMatch(/^data\/measures\.csv:1: /);
  expect(copy.distIntact()).toBe(true);
});
