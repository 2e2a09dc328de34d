import { describe, expect, test } from 'vitest';
import { fusePattern, highlightRanges, mergeRanges, normaliseQuery, pieces, queryTerms, stem } from './engine.ts';

describe('query words', () => {
  test('full-width letters, case and traditional characters are normalised', () => {
    expect(normaliseQuery('  ＴＡＸ 擔保 ', { 擔: '担' })).toBe('tax 担保');
  });
  test('words split on spaces and CJK or ASCII punctuation; operator characters never survive', () => {
    expect(queryTerms('孵化，担保贷款')).toEqual([['孵化'], ['担保贷款']]);
    expect(queryTerms("'tax | !loan$").map((t) => t[0])).toEqual(['tax', 'loan']);
  });
  test('English stopwords go unless the query is nothing else', () => {
    expect(queryTerms('tax for the graduates').map((t) => t[0])).toEqual(['tax', 'graduates']);
    expect(queryTerms('the').map((t) => t[0])).toEqual(['the']);
  });
  test('a word brings its stem, its other spellings and its glossary synonyms', () => {
    expect(queryTerms('veterans', {}, { veterans: ['ex-servicemen', '退役军人'] })).toEqual([['veterans', 'veteran', 'ex-servicemen', '退役军人']]);
    expect(queryTerms('veterans')).toEqual([['veterans', 'veteran']]);
    expect(queryTerms('startups')).toEqual([['startups', 'startup', 'start-ups']]);
    expect(stem('incubator')).toBe('incub');
    expect(stem('loans')).toBeUndefined(); // too short to cut
    expect(stem('孵化器')).toBeUndefined();
  });
  test('only a long word is fuzzy, and only in fields of its own script', () => {
    expect(fusePattern(['incubator', 'incub'], 'title_en')).toBe("incubator | 'incub");
    expect(fusePattern(['incubator', 'incub'], 'text_zh')).toBe("'incubator | 'incub");
    expect(fusePattern(['tax'], 'title_en')).toBe("'tax");
    expect(fusePattern(['创业担保贷款'], 'text_zh')).toBe('创业担保贷款');
    expect(fusePattern(['创业担保贷款'], 'summary_en')).toBe("'创业担保贷款");
    expect(fusePattern(['众创空间', 'maker space'], 'summary_en')).toBe(`'众创空间 | '"maker space"`);
  });
});

describe('highlights', () => {
  test('every literal occurrence of any alternative, case-insensitively, merged', () => {
    expect(highlightRanges('Tax breaks and TAX relief', [['tax']])).toEqual([[0, 3], [15, 18]]);
    expect(highlightRanges('创业担保贷款', [['担保'], ['保贷']])).toEqual([[2, 5]]);
  });
  test('a fuzzy match falls back to the ranges fuse.js found, dropping single letters', () => {
    expect(highlightRanges('business incubators', [['incubater']], [[0, 1], [9, 18]])).toEqual([[9, 18]]);
  });
  test('pieces cover the text exactly and cut long texts around the first highlight', () => {
    const text = 'a'.repeat(100) + '孵化' + 'b'.repeat(100);
    const cut = pieces(text, [[100, 102]], 10);
    expect(cut.filter((p) => p.hit).map((p) => p.text)).toEqual(['孵化']);
    expect(cut[0].text).toBe('…');
    expect(cut.at(-1)!.text).toBe('…');
    expect(cut.map((p) => p.text).join('').replace(/…/g, '').length).toBe(20);
    expect(pieces('abc', [[1, 2]]).map((p) => p.text).join('')).toBe('abc');
    expect(mergeRanges([[5, 7], [0, 2], [1, 3]])).toEqual([[0, 3], [5, 7]]);
  });
});
