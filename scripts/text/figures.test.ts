import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { scanFigures, scanText } from './figures.ts';
import { loadDataset } from '../data/load.ts';

const found = (text: string, terms: string[] = []) => scanFigures(text, terms).map((o) => [o.start, o.text]);

describe('the amount scanner', () => {
  test('finds amounts with their offsets', () => {
    expect(found('建设众创空间2个,培训3000人次,资金1000万元。')).toEqual([[6, '2个'], [11, '3000人次'], [20, '1000万元']]);
  });
  test('keeps ranges, dates and per-person amounts whole', () => {
    expect(found('扣除6%-10%')).toEqual([[2, '6%-10%']]);
    expect(found('于2015年4月16日印发')).toEqual([[1, '2015年4月16日']]);
    expect(found('补贴800/人')).toEqual([[2, '800/人']]);
    expect(found('现已补助60万,按2:1配套')).toEqual([[4, '60万'], [9, '2:1']]);
    expect(found('规划(2013-2020)范畴')).toEqual([[3, '2013-2020']]);
  });
  test('reads full-width punctuation like half-width: 60万，and 2：1', () => {
    expect(found('现已补助60万，按2：1配套')).toEqual([[4, '60万'], [9, '2：1']]);
    expect(found('补助60万；另')).toEqual([[2, '60万']]);
    expect(found('补助60万）')).toEqual([[2, '60万']]);
  });
  test('一, 两 and 半 before a counter or a unit of time are amounts', () => {
    expect(found('每季度一次')).toEqual([[3, '一次']]);
    expect(found('每半年组织开展一次专项督查')).toEqual([[1, '半年'], [7, '一次']]);
    expect(found('三年以上')).toEqual([[0, '三年']]);
    expect(found('两年内建设三大商圈')).toEqual([[0, '两年'], [5, '三大']]);
  });
  test('an ordinal is one occurrence with its 第', () => {
    expect(found('入选第二批名单')).toEqual([[2, '第二批']]);
    expect(found('第一批第一年')).toEqual([[0, '第一批'], [3, '第一年']]);
  });
  test('a document number is one occurrence, spaces and all', () => {
    expect(found('(辽科发〔2020〕 5 号)')).toEqual([[4, '〔2020〕 5 号']]);
    expect(found('国办发[2015]9号')).toEqual([[3, '[2015]9号']]);
  });
  test('numerals inside names are occurrences', () => {
    expect(found('“2151工程”与“4050”人员')).toEqual([[1, '2151'], [10, '4050']]);
    expect(found('根据“3+5+X”产业政策,探索创新2.0模式')).toEqual([[3, '3+5+X'], [18, '2.0']]);
    expect(found('完善“一带两平台”格局,入选“双百资助工程”')).toEqual([[3, '一'], [5, '两'], [15, '双百']]);
  });
  test('a fixed word of the ignored terms holds its numerals, wherever it stands', () => {
    expect(found('共建一带一路', [])).toEqual([[2, '一'], [4, '一']]);
    expect(found('共建一带一路', ['一带一路'])).toEqual([]);
    expect(scanText('推进双创,进一步建成一批园区', ['双创', '进一步', '一批'])).toEqual([
      { start: 2, text: '双', term: '双创' }, { start: 6, text: '一', term: '进一步' }, { start: 10, text: '一批', term: '一批' },
    ]);
    // A term holds only what lies inside it: 第一批 is an ordinal, not the article 一批.
    expect(found('入选第一批', ['一批'])).toEqual([[2, '第一批']]);
  });
  test('a heading number at the start of a line is not an amount, a numeral later in the line is', () => {
    expect(found('一、总体要求\n(一)目标\n（二）任务\n1.建设2个\n12、三年')).toEqual([[23, '2个'], [29, '三年']]);
  });
  test('ignores digits that are part of a longer code', () => {
    expect(found('编号ICP13003879号')).toEqual([]);
  });
});

describe('the five texts', () => {
  const { dataset } = loadDataset('data');
  const terms = dataset['ignored-terms'].map((t) => t.row.term);
  for (const { row: doc } of dataset.documents) {
    test(`${doc.doc_id}: every numeral is a figure, an ignored occurrence or inside an ignored term`, () => {
      const text = readFileSync(`data/${doc.clean_file}`, 'utf8');
      const coded = new Set([
        ...dataset.targets.filter((t) => t.row.doc_id === doc.doc_id).map((t) => t.row.value_start),
        ...dataset['ignored-figures'].filter((i) => i.row.doc_id === doc.doc_id).map((i) => i.row.start),
      ]);
      const uncoded = scanFigures(text, terms).filter((o) => !coded.has(o.start));
      expect(uncoded).toEqual([]);
      // Every run of numerals outside a heading is seen by the scanner, so none can hide from the check above.
      const seen = scanText(text, terms).map((o) => [o.start, o.start + o.text.length]);
      const headingLine = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．、])/;
      const unseen = [...text.matchAll(/[\d零〇一二两三四五六七八九十百千万亿双半]/gu)]
        .filter((m) => !seen.some(([s, e]) => s <= m.index && m.index < e))
        .filter((m) => {
          const lineStart = text.lastIndexOf('\n', m.index) + 1;
          return m.index >= lineStart + (headingLine.exec(text.slice(lineStart))?.[0].length ?? 0);
        });
      expect(unseen.map((m) => text.slice(m.index - 3, m.index + 3))).toEqual([]);
    });
  }
});
