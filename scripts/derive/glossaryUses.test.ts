import { expect, test } from 'vitest';
import { glossaryUses } from './glossaryUses.ts';
import type { GlossaryTerm } from '../../src/schema/index.ts';

test('each term lists, per place in order, the items whose text holds it; places without it are left out', () => {
  const glossary = [{ term_zh: '众创空间' }, { term_zh: '孵化器' }, { term_zh: '四众' }] as GlossaryTerm[];
  const documents = [{ doc_id: 'b1', region_id: 'b' }, { doc_id: 'a1', region_id: 'a' }];
  const measures = [
    { measure_id: 'a1-1', doc_id: 'a1', section: '一1', quote_zh: '建设众创空间和孵化器' },
    { measure_id: 'b1-1', doc_id: 'b1', section: '二', quote_zh: '发展众创空间' },
    { measure_id: 'b1-2', doc_id: 'b1', section: '三', quote_zh: '其他' },
  ];
  expect(glossaryUses(glossary, documents, measures)).toEqual([
    { term_zh: '众创空间', places: [{ region_id: 'b', items: [{ measure_id: 'b1-1', section: '二' }] }, { region_id: 'a', items: [{ measure_id: 'a1-1', section: '一1' }] }] },
    { term_zh: '孵化器', places: [{ region_id: 'a', items: [{ measure_id: 'a1-1', section: '一1' }] }] },
    { term_zh: '四众', places: [] },
  ]);
});
