import { describe, expect, test } from 'vitest';
import { scanFigures } from './figures.ts';

const found = (text: string) => scanFigures(text).map((o) => [o.start, o.text]);

describe('the amount scanner', () => {
  test('finds amounts with their offsets', () => {
    expect(found('建设众创空间2个,培训3000人次,资金1000万元。')).toEqual([[6, '2个'], [11, '3000人次'], [20, '1000万元']]);
  });
  test('keeps ranges, dates and per-person amounts whole', () => {
    expect(found('扣除6%-10%')).toEqual([[2, '6%-10%']]);
    expect(found('于2015年4月16日印发')).toEqual([[1, '2015年4月16日']]);
    expect(found('补贴800/人')).toEqual([[2, '800/人']]);
    expect(found('现已补助60万,按2:1配套')).toEqual([[4, '60万'], [9, '2:1']]);
  });
  test('reads Chinese numerals but not the article 一 or words like 零件', () => {
    expect(found('两年内建设三大商圈,形成一批企业,生产零件')).toEqual([[0, '两年'], [5, '三大']]);
  });
  test('ignores digits that are part of a longer code', () => {
    expect(found('编号ICP13003879号')).toEqual([]);
  });
});
