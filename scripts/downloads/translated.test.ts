import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { withHeader, zhExcelFileOf, zhFileOf, zhHeader } from './translated.ts';
import { excelFileOf, tableFileIn } from '../../src/site/downloads.ts';

const table = {
  name: 'things',
  columns: [
    { name: 'thing_id', title_zh: '事物标识' },
    { name: 'note', title_zh: '说明（英文）' },
  ],
} as unknown as Parameters<typeof zhHeader>[0];

describe('tables headed in Chinese', () => {
  test('file names: the table, then .zh before .csv, the Excel copy after it', () => {
    expect(zhFileOf('ignored-figures.csv')).toBe('ignored-figures.zh.csv');
    expect(zhExcelFileOf('ignored-figures.csv')).toBe('ignored-figures.zh.excel.csv');
    expect(tableFileIn('ignored-figures.csv', 'en')).toBe('ignored-figures.csv');
    expect(excelFileOf(tableFileIn('ignored-figures.csv', 'en'))).toBe('ignored-figures.excel.csv');
  });

  test('headers follow the order the file gives, each the title_zh of its column', () => {
    expect(zhHeader(table, ['note', 'thing_id'])).toEqual(['说明（英文）', '事物标识']);
    expect(() => zhHeader(table, ['thing_id', 'colour'])).toThrow(/colour/);
  });

  test('only the header line changes: quoted line breaks, commas and quotes in the rows stay byte for byte', () => {
    const body = 'a,"two\nlines, and ""quotes"""\nb,\n';
    const csv = `thing_id,note\n${body}`;
    const out = withHeader(csv, ['thing_id', 'note'], ['事物标识', '说明，含逗号']);
    expect(out).toBe(`事物标识,说明，含逗号\n${body}`);
    expect(out.slice(out.indexOf('\n'))).toBe(csv.slice(csv.indexOf('\n')));
    const parsed = Papa.parse<string[]>(out, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['事物标识', '说明，含逗号']);
    expect(parsed.slice(1)).toEqual(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1));
    // A header that needs quoting is quoted.
    expect(withHeader(csv, ['thing_id', 'note'], ['a,b', 'c'])).toMatch(/^"a,b",c\n/);
  });

  test('refuses a file whose first line is not the header it is said to have, or headers of another width', () => {
    expect(() => withHeader('thing_id,note\na,b\n', ['note', 'thing_id'], ['x', 'y'])).toThrow(/header line/);
    expect(() => withHeader('thing_id,note\na,b\n', ['thing_id', 'note'], ['x'])).toThrow(/1 headers for 2/);
  });
});
