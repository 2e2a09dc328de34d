import { describe, expect, test } from 'vitest';
import { enclosingMeasure, glossarySynonyms, traditionalMap } from './searchIndex.ts';
import { loadDataset } from '../data/load.ts';

describe('search index derivation', () => {
  test('a sentence belongs to the innermost item that holds it', () => {
    const outer = { id: 'goal', quote_start: 0, quote_end: 100 };
    const inner = { id: 'action', quote_start: 10, quote_end: 40 };
    expect(enclosingMeasure([outer, inner], 12, 30)?.id).toBe('action');
    expect(enclosingMeasure([outer, inner], 50, 60)?.id).toBe('goal');
    expect(enclosingMeasure([outer, inner], 35, 45)?.id).toBe('goal'); // straddles action's end, inside goal
    expect(enclosingMeasure([inner], 35, 45)?.id).toBe('action'); // held by none: the item it starts in
    expect(enclosingMeasure([inner], 50, 60)).toBeUndefined();
  });
  test('traditional forms map back to the simplified characters the texts use, and only those', () => {
    const map = traditionalMap(['担保贷款', 'abc 孵化']);
    expect(map).toMatchObject({ 擔: '担', 貸: '贷' });
    expect(Object.values(map).every((ch) => '担保贷款孵化'.includes(ch))).toBe(true);
    expect(map['孵']).toBeUndefined();
  });
  test('search synonyms come from the glossary: a term finds its rendering, the words readers use find both', () => {
    const synonyms = glossarySynonyms([
      { term_zh: '众创空间', term_en: 'Maker space', search_also: 'makerspace; makerspaces' },
      { term_zh: '孵化器', term_en: 'incubator', search_also: undefined },
      { term_zh: '双引号', term_en: 'a "quoted" word', search_also: undefined },
    ]);
    expect(synonyms['众创空间']).toEqual(['maker space']);
    expect(synonyms['maker space']).toBeUndefined(); // a query word never holds a space
    expect(synonyms.makerspaces).toEqual(['maker space', '众创空间']);
    expect(synonyms.incubator).toEqual(['孵化器']);
    expect(synonyms['孵化器']).toEqual(['incubator']);
    expect(synonyms['双引号']).toEqual([]);
  });
  test('every glossary term of the data is searchable by its rendering', () => {
    const glossary = loadDataset('data').dataset.glossary.map((g) => g.row);
    const synonyms = glossarySynonyms(glossary);
    expect(glossary.length).toBeGreaterThan(0);
    for (const g of glossary) expect(synonyms[g.term_zh]).toContain(g.term_en.toLowerCase());
    expect(synonyms.veterans).toEqual(['ex-servicemen', '退役军人']);
  });
});
