// Bad data stops the build with file:line, and never touches the previous dist/.
import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenCopy, nextLine } from './badInput.ts';

const firstRecord = (text: string) => text.split('\n')[1];

const cases: { name: string; file: string; line: (original: string) => number; message: RegExp; breakIt: (copy: ReturnType<typeof brokenCopy>) => void }[] = [
  { name: 'a missing column', file: 'themes.csv', line: () => 1, message: /description_en: missing column/,
    breakIt: (c) => c.edit('themes.csv', (t) => t.replace(',description_en\n', '\n')) },
  { name: 'an extra column', file: 'regions.csv', line: () => 1, message: /extra: unknown column/,
    breakIt: (c) => c.edit('regions.csv', (t) => t.replace(/\n/, ',extra\n')) },
  { name: 'a non-number where a number belongs', file: 'regions.csv', line: () => 2, message: /population: must be a plain integer/,
    breakIt: (c) => c.edit('regions.csv', (t) => t.replace('483762', 'many')) },
  { name: 'a number written with a thousands separator', file: 'regions.csv', line: () => 2, message: /population: must be a plain integer/,
    breakIt: (c) => c.edit('regions.csv', (t) => t.replace(',483762,', ',"483,762",')) },
  { name: 'a duplicate id', file: 'metrics.csv', line: (t) => nextLine(t), message: /duplicate id/,
    breakIt: (c) => c.edit('metrics.csv', (t) => `${t}${firstRecord(t)}\n`) },
  { name: 'a reference to an unknown id', file: 'metrics.csv', line: (t) => nextLine(t), message: /theme_id: unknown themes id "no_such_theme"/,
    breakIt: (c) => c.edit('metrics.csv', (t) => `${t}extra_metric,名,Name,person,no_such_theme,说明,Description\n`) },
  { name: 'an unterminated quoted field', file: 'themes.csv', line: (t) => nextLine(t), message: /unterminated quoted field/,
    breakIt: (c) => c.edit('themes.csv', (t) => `${t}extra,"名,Name,说明,Description\n`) },
  { name: 'a file that is not UTF-8 (GBK bytes)', file: 'themes.csv', line: (t) => nextLine(t), message: /not UTF-8/,
    breakIt: (c) => appendFileSync(join(c.data, 'themes.csv'), Buffer.from([0x67, 0x62, 0x6b, 0x2c, 0xb4, 0xb4, 0xd2, 0xb5, 0x2c, 0x61, 0x2c, 0x62, 0x2c, 0x63, 0x0a])) },
  { name: 'an empty file', file: 'regions.csv', line: () => 1, message: /file is empty/,
    breakIt: (c) => writeFileSync(join(c.data, 'regions.csv'), '') },
  { name: 'an invalid enum value', file: 'regions.csv', line: () => 2, message: /level: must be one of district\|county/,
    breakIt: (c) => c.edit('regions.csv', (t) => t.replace(',Yuetang,district,', ',Yuetang,township,')) },
  { name: 'a date that is not a date', file: 'documents.csv', line: (t) => t.split('\n').findIndex((l) => l.startsWith('xinjiang-2015')) + 1, message: /issued: must be an ISO date/,
    breakIt: (c) => c.edit('documents.csv', (t) => t.replace('2015-04-16', '2015-02-30')) },
];

// Dataset v2: scope, measure and definition, each checked on one figure.
const lineOf = (id: string) => (t: string) => t.split('\n').findIndex((l) => l.startsWith(`${id},`)) + 1;
// An edit that finds nothing to break would let the case pass for the wrong reason: it throws instead.
const onRow = (id: string, from: string, to: string) => (c: ReturnType<typeof brokenCopy>) =>
  c.edit('targets.csv', (t) => {
    const lines = t.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`${id},`) && l.includes(from));
    if (at < 0) throw new Error(`targets.csv: the row of ${id} has no ${JSON.stringify(from)} to break`);
    lines[at] = lines[at].replace(from, to);
    return lines.join('\n');
  });
const figure = 'putuo-2019-t001';
cases.push(
  { name: 'an unknown scope', file: 'targets.csv', line: lineOf(figure), message: /scope: must be one of whole_place\|programme/,
    breakIt: onRow(figure, ',new_in_period,,,,whole_place,', ',new_in_period,,,,citywide,') },
  { name: 'an unknown measure', file: 'targets.csv', line: lineOf(figure), message: /measure: must be one of new_in_period\|stock_at_end/,
    breakIt: onRow(figure, ',new_in_period,,,,whole_place,', ',flow,,,,whole_place,') },
  { name: 'an unknown definition', file: 'targets.csv', line: lineOf(figure), message: /definition: unknown definitions id "helped"/,
    breakIt: onRow(figure, ',people_helped_to_start_business,', ',helped,') },
  { name: 'a missing scope note', file: 'targets.csv', line: lineOf(figure), message: /scope_note_en: must not be empty/,
    breakIt: onRow(figure, ',“全区帮助”: the whole district.,', ',,') },
  { name: 'a share counted in people', file: 'targets.csv', line: lineOf(figure), message: /measure: a share must be in percent or a ratio, not person/,
    breakIt: onRow(figure, ',new_in_period,,,,whole_place,', ',share,,,,whole_place,') },
  { name: 'a per_period figure without per', file: 'targets.csv', line: lineOf(figure), message: /per: a per_period figure needs per/,
    breakIt: onRow(figure, ',new_in_period,,,,whole_place,', ',per_period,,,,whole_place,') },
  { name: 'a comparable flag that disagrees with the headlines', file: 'definitions.csv', line: lineOf('jobs_driven_by_startups'), message: /comparable: is false, but at least two places have a whole_place headline target/,
    breakIt: (c) => c.edit('definitions.csv', (t) => t.replace(/^(jobs_driven_by_startups,.*),true$/m, '$1,false')) },
);

// Dataset v2, part 2: one population base, sourced.
cases.push(
  { name: 'a registered population marked as a verified census figure', file: 'regions.csv', line: lineOf('panshan'), message: /population_verified: is true, but the population is registered of 2021/,
    breakIt: (c) => c.edit('regions.csv', (t) => t.split('\n').map((l) => (l.startsWith('panshan,') ? l.replace(',false,', ',true,') : l)).join('\n')) },
  { name: 'a numeral no longer held by a fixed word of ignored-terms.csv', file: 'documents.csv', line: (t) => t.split('\n').findIndex((l) => l.startsWith('yuetang-2016,')) + 1, message: /yuetang-2016: the amount "一" at \d+ is neither a targets row, nor in ignored-figures\.csv, nor held by a term/,
    breakIt: (c) => c.edit('ignored-terms.csv', (t) => t.split('\n').filter((l) => !l.startsWith('进一步,')).join('\n')) },
  { name: 'a policy term rendered otherwise than the glossary says', file: 'themes.csv', line: lineOf('talent_groups'), message: /description_en: has no "ex-servicemen", though description_zh holds 退役军人/,
    breakIt: (c) => c.edit('themes.csv', (t) => t.replace('ex-servicemen', 'veterans')) },
);

describe('bad input stops the build', () => {
  for (const c of cases) {
    test(`${c.name}: exit 1, data/${c.file}:<line> in the message, previous dist/ intact`, () => {
      const copy = brokenCopy();
      const original = readFileSync(join(copy.data, c.file), 'utf8');
      c.breakIt(copy);
      const result = copy.build();
      expect(result.status).not.toBe(0);
      const located = result.stderr.split('\n').filter((l) => l.startsWith(`data/${c.file}:`));
      expect(located.some((l) => l.startsWith(`data/${c.file}:${c.line(original)}: `)), `${located.join('\n')}\n(stderr: ${result.stderr.length} characters, exit ${result.status}, signal ${result.signal})`).toBe(true);
      expect(result.stderr).toMatch(c.message);
      expect(copy.distIntact()).toBe(true);
    });
  }

  test('every problem is reported, not only the first', () => {
    const copy = brokenCopy();
    copy.edit('regions.csv', (t) => t.replace(',483762,', ',many,').replace(',1239800,', ',"1,239,800",'));
    const result = copy.build();
    expect(result.stderr).toContain('data/regions.csv:2: population');
    expect(result.stderr).toContain('data/regions.csv:5: population');
  });

  test('a failure in the Astro step itself leaves dist/ untouched', () => {
    const copy = brokenCopy();
    // A copy of the project whose only difference is a page that throws while rendering.
    const project = join(copy.root, 'project');
    mkdirSync(project);
    for (const f of ['package.json', 'astro.config.mjs', 'tsconfig.json']) cpSync(f, join(project, f));
    for (const d of ['src', 'scripts', 'public']) cpSync(d, join(project, d), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'));
    writeFileSync(join(project, 'src/pages/broken.astro'), "---\nthrow new Error('this page cannot be rendered');\n---\n");
    const result = copy.build(project);
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/Astro build exited/);
    expect(copy.distIntact()).toBe(true);
    // The staging folder (in the project, as dist/ is elsewhere) is gone too.
    expect(readdirSync(project).filter((f) => f.includes('staging'))).toEqual([]);
  });
});
