import { describe, expect, test } from 'vitest';
import { enclosingMeasure, traditionalMap } from './searchIndex.ts';

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
});
