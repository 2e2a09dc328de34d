import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { tables } from '../../src/schema/index.ts';
import { excelCsv } from './excel.ts';

// What a spreadsheet does with a typed cell, stated independently of the code under test: a cell
// starting with = + - @ (or a tab/CR some apps strip first) is evaluated unless it is just a number.
const spreadsheetEvaluates = (cell: string) => /^[\t\r]*[=+\-@]/.test(cell) && Number.isNaN(Number(cell));

const parse = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;

describe('Excel copy', () => {
  const hostile = [
    ['id', 'text', 'number'],
    ['a', '=HYPERLINK("http://x","click")', '-5'],
    ['b', '+1+1', '3.25'],
    ['c', '-2+3', '0'],
    ['d', '@SUM(A1:A2)', '-0.5'],
    ['e', '\t=1+1', '7'],
    ['f', '\r=1+1', '8'],
    ['g', 'plain, with a comma and "quotes"\nand a line break', ''],
    ['h', ' leading space', '-'],
  ];
  const source = Papa.unparse(hostile, { newline: '\n' }) + '\n';
  const copy = excelCsv(source);

  test('starts with a UTF-8 BOM and keeps every row and column', () => {
    expect(copy.charCodeAt(0)).toBe(0xfeff);
    expect(parse(copy.slice(1))).toHaveLength(hostile.length);
  });

  test('no cell of a hostile table would be evaluated by a spreadsheet', () => {
    expect(hostile.flat().filter(spreadsheetEvaluates).length).toBeGreaterThan(5); // the fixture is hostile
    const cells = parse(copy.slice(1)).flat();
    expect(cells.filter(spreadsheetEvaluates)).toEqual([]);
  });

  test('numbers stay numbers and only a leading apostrophe is added', () => {
    const rows = parse(copy.slice(1));
    rows.forEach((row, r) => row.forEach((cell, c) => {
      const original = hostile[r][c];
      expect(cell === original || cell === `'${original}`).toBe(true);
      if (/^-?\d+(\.\d+)?$/.test(original)) expect(cell).toBe(original);
    }));
  });

  test.each(tables.map((t) => [t.file]))('%s: the copy holds the same cells, none a formula', (file) => {
    const text = readFileSync(join('data', file), 'utf8');
    const original = parse(text);
    const rows = parse(excelCsv(text).slice(1));
    expect(rows).toHaveLength(original.length);
    expect(rows.map((r) => r.map((c, i) => (c === `'${original[rows.indexOf(r)][i]}` ? original[rows.indexOf(r)][i] : c)))).toEqual(original);
    expect(rows.flat().filter(spreadsheetEvaluates)).toEqual([]);
  });
});
