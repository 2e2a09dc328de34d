import { describe, expect, test } from 'vitest';
import { readCsv, writeCsv } from './csv.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const columns = ['id', 'text'];

describe('readCsv', () => {
  test('gives each record the physical line it starts on, across quoted line breaks', () => {
    const { records, problems } = readCsv('data/x.csv', bytes('id,text\na,"one\ntwo\nthree"\nb,plain\n'), columns);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.values.id, r.line])).toEqual([['a', 2], ['b', 5]]);
    expect(records[0].values.text).toBe('one\ntwo\nthree');
  });
  test('tolerates a byte-order mark', () => {
    const { records, problems } = readCsv('data/x.csv', bytes('\ufeffid,text\na,b\n'), columns);
    expect(problems).toEqual([]);
    expect(records[0].values).toEqual({ id: 'a', text: 'b' });
  });
  test('reports the line of the first invalid UTF-8 byte', () => {
    const gbk = new Uint8Array([...bytes('id,text\na,b\nc,'), 0xb4, 0xb4, 0x0a]);
    expect(readCsv('data/x.csv', gbk, columns).problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/not UTF-8/) })]);
  });
  test('reports a ragged row at its line and keeps the others', () => {
    const { records, problems } = readCsv('data/x.csv', bytes('id,text\na,b,c\nd,e\n'), columns);
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: '(row)' })]);
    expect(records).toHaveLength(1);
  });
  test('reports missing and unknown columns on the header line', () => {
    const { problems } = readCsv('data/x.csv', bytes('id,other\na,b\n'), columns);
    expect(problems.map((p) => `${p.line} ${p.column} ${p.message}`)).toEqual(['1 text missing column', '1 other unknown column']);
  });
  test('writes what it reads', () => {
    const rows = [{ id: 'a', text: 'has, comma and "quotes"\nand a line break' }, { id: 'b', text: '' }];
    const { records } = readCsv('data/x.csv', bytes(writeCsv(columns, rows)), columns);
    expect(records.map((r) => r.values)).toEqual(rows);
  });
});
