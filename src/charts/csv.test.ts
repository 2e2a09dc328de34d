import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { chartCsv, idHeading } from './csv.ts';
import { dictionary } from '../schema/dictionary.ts';

const titleOf = (table: string, column: string) => dictionary().find((t) => t.name === table)!.columns.find((c) => c.name === column)!.title_zh;
const spec = {
  columns: [{ key: 'place', label: '地方' }, { key: 'count', label: '条目', numeric: true }],
  rows: [
    { region_id: 'north', place: '北区', count: 3 },
    { region_id: 'south', place: '南区, 新', count: 0 },
  ],
};
const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('chart CSV', () => {
  test('headed by keys: ids first, then the columns under their keys', () => {
    expect(parse(chartCsv(spec))[0]).toEqual(['region_id', 'place', 'count']);
    expect(chartCsv(spec)).toBe(chartCsv(spec, 'keys'));
  });

  test('headed by labels: ids under their schema column’s title_zh, the columns under their labels; the rows alike', () => {
    const zh = parse(chartCsv(spec, 'labels'));
    expect(zh[0]).toEqual([titleOf('regions', 'region_id'), '地方', '条目']);
    expect(zh.slice(1)).toEqual(parse(chartCsv(spec)).slice(1));
    expect(zh.slice(1)).toEqual([['north', '北区', '3'], ['south', '南区, 新', '0']]);
  });

  test('ids are headed from the table whose key they are, or the column they name', () => {
    expect(idHeading('target_id')).toBe(titleOf('targets', 'target_id'));
    expect(idHeading('theme_id')).toBe(titleOf('themes', 'theme_id'));
    expect(idHeading('kind_id')).toBe(titleOf('departments', 'kind'));
    expect(() => idHeading('colour_id')).toThrow(/colour_id/);
  });

  test('two columns headed alike are refused', () => {
    expect(() => chartCsv({ ...spec, columns: [{ key: 'place', label: '地方' }, { key: 'other', label: '地方' }] }, 'labels')).toThrow(/headed alike/);
  });
});

test('a text cell a spreadsheet would run as a formula is prefixed with \', as in the Excel copies; numbers stay numbers', () => {
  const hostile = {
    columns: [{ key: 'place', label: '地方' }, { key: 'note', label: '注' }, { key: 'count', label: '条目', numeric: true }],
    rows: [
      { region_id: 'north', place: '=HYPERLINK("https://evil.example","x")', note: '+1', count: -3 },
      { region_id: 'south', place: '@SUM(A1)', note: '-x', count: 2 },
      { region_id: 'west', place: 'West', note: '\tx', count: 0 },
    ],
  };
  for (const headings of ['keys', 'labels'] as const) {
    const rows = parse(chartCsv(hostile, headings)).slice(1);
    expect(rows).toEqual([
      ['north', '\'=HYPERLINK("https://evil.example","x")', '\'+1', '-3'],
      ['south', '\'@SUM(A1)', '\'-x', '2'],
      ['west', 'West', '\'\tx', '0'],
    ]);
  }
});
