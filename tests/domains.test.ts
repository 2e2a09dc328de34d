// Every column holds values its domain allows: a broken copy of the data with one impossible value
// is stopped at that value's line and column.
import { expect, test } from 'vitest';
import { validateData } from '../scripts/data/validate.ts';
import { formatProblem } from '../scripts/data/problem.ts';
import { writeCsv } from '../scripts/data/csv.ts';
import { readCsv } from '../scripts/data/csv.ts';
import { readFileSync } from 'node:fs';
import { brokenCopy } from './badInput.ts';
import { suggestColour, themeBackgrounds } from '../scripts/rules/placeColours.ts';

type Row = Record<string, string>;

/** Validates a copy of data/ with one table's rows changed; the problems as file:line: column: message. */
function withRows(file: string, change: (rows: Row[]) => Row[]) {
  const copy = brokenCopy();
  const read = readCsv(file, readFileSync(`data/${file}`), readFileSync(`data/${file}`, 'utf8').split('\n')[0].split(','));
  copy.edit(file, () => writeCsv(read.header, change(read.records.map((r) => ({ ...r.values })))));
  return validateData(copy.data).problems.map(formatProblem);
}
const first = (change: (r: Row) => Row) => (rows: Row[]) => [change(rows[0]), ...rows.slice(1)];

test.each([
  ['a negative population', 'population', '-1275800', /population: must be a whole number of at least 1/],
  ['a population of 0', 'population', '0', /population: must be a whole number of at least 1/],
  ['a latitude of 999', 'lat', '999', /lat: must be a latitude inside China's extent/],
  ['a longitude in Europe', 'lon', '2.35', /lon: must be a longitude inside China's extent/],
  ['a population year before 1949', 'population_year', '1900', /population_year: must be a year from 1949 to 2100/],
])('regions: %s is stopped at its line', (_, column, value, message) => {
  const problems = withRows('regions.csv', first((r) => ({ ...r, [column]: value })));
  expect(problems).toEqual([expect.stringMatching(new RegExp(`^data/regions\\.csv:2: ${message.source}`))]);
});

test('coordinates inside China are accepted', () => {
  // Valid new values are still changes since the last release, and ask for a reason: nothing else.
  const problems = withRows('regions.csv', first((r) => ({ ...r, lat: '27.86', lon: '112.95', coords_source: 'test' })));
  expect(problems.filter((p) => !p.includes('without a reason in data/changes.csv'))).toEqual([]);
});

test('documents: a period ending after 2100 is stopped', () => {
  const problems = withRows('documents.csv', first((r) => ({ ...r, period_end: '2150' })));
  expect(problems).toEqual([expect.stringMatching(/^data\/documents\.csv:2: period_end: must be a year from 1949 to 2100/)]);
});

test('documents: an issue date before 1949 is stopped', () => {
  const problems = withRows('documents.csv', first((r) => ({ ...r, issued: '1921-07-01' })));
  expect(problems).toEqual([expect.stringMatching(/^data\/documents\.csv:2: issued: must be an ISO date .* in 1949–2100/)]);
});

test('a place with no document is stopped, rather than crashing the build', () => {
  // A place of its own (order, colours and symbol unused by others), with no document.
  // Its colours are ones the colour rule suggests, so that the missing document is its only problem.
  const backgrounds = themeBackgrounds();
  const others = (column: 'colour_light' | 'colour_dark') => validateData('data').dataset.regions.map((r) => ({ id: r.row.region_id, colour: r.row[column] }));
  const own = { region_id: 'nowhere', name_en: 'Nowhere', order: '99', colour_light: suggestColour('#123456', others('colour_light'), backgrounds.light)!, colour_dark: suggestColour('#FEDCBA', others('colour_dark'), backgrounds.dark)!, symbol: 'wye' };
  const problems = withRows('regions.csv', (rows) => [...rows, { ...rows[0], ...own }]);
  expect(problems).toEqual([expect.stringMatching(/^data\/regions\.csv:\d+: region_id: nowhere has no document in documents\.csv/)]);
});

test('a document whose place does not exist is stopped', () => {
  const problems = withRows('documents.csv', first((r) => ({ ...r, region_id: 'nowhere' })));
  expect(problems.join('\n')).toMatch(/^data\/documents\.csv:2: region_id: unknown regions id "nowhere"/m);
});

test.each([
  ['a list written with spaces', 'space; training'],
  ['a list with an empty item', 'space;;training'],
])('measures: %s is stopped', (_, value) => {
  const problems = withRows('measures.csv', first((r) => ({ ...r, instruments: value })));
  expect(problems).toEqual([expect.stringMatching(/^data\/measures\.csv:2: instruments: /)]);
});

test.each([
  ['before the start of the text', '-5'],
  ['past the end of the text', '99999999'],
])('targets: a quote that starts %s is stopped as outside the text', (_, start) => {
  const problems = withRows('targets.csv', first((r) => ({ ...r, quote_start: start, quote_end: String(+start + r.quote_zh.length) })));
  expect(problems.join('\n')).toMatch(/^data\/targets\.csv:2: quote_(start|end): the quote \(.*\) is not inside the clean text/m);
});

test('measures: a quote that ends past the end of the text is stopped', () => {
  const problems = withRows('measures.csv', first((r) => ({ ...r, quote_end: '99999999' })));
  expect(problems.join('\n')).toMatch(/^data\/measures\.csv:2: quote_end: the quote \(.*\) is not inside the clean text/m);
});
